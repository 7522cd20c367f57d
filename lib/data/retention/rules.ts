// One rule per retention type: how to count what is due for removal, and how to remove it.
// Counting and removing use the same conditions, so a dry run reports exactly what a real run does.
import type { Tx } from '../../db/tx';
import type { RequestFormKey } from '../../forms/request-forms';
import { Prisma } from '../../generated/prisma/client';
import { type RetentionDays, type RetentionType, cutoffFor, EXPIRED_COPIES } from '../../retention/policy';
import { countInTurn } from '../count-in-turn';
import { ERASED_ADDRESS } from '../email/outbox';
import { REQUEST_TABLES } from '../enquiries/request-tables';

type Rule = (tx: Tx, cutoff: Date, now: Date, dryRun: boolean) => Promise<number>;

const settled = ['SENT', 'FAILED', 'CANCELLED'] as const;

// Each request form's submissions (and, through the foreign key, their notes) once they are old enough.
const requestRules = Object.fromEntries(
  REQUEST_TABLES.map((table): [string, Rule] => [
    table.form.key,
    async (tx, cutoff, _now, dry) => {
      const where = { createdAt: { lt: cutoff } };
      const model = table.model(tx);
      return dry ? model.count({ where }) : (await model.deleteMany({ where })).count;
    },
  ]),
) as Record<RequestFormKey, Rule>;

const rules: Record<RetentionType, Rule> = {
  ...requestRules,
  unsubscribed: (tx, cutoff, _now, dry) => {
    const where = { status: 'UNSUBSCRIBED' as const, unsubscribedAt: { lt: cutoff } };
    return dry ? tx.subscriber.count({ where }) : tx.subscriber.deleteMany({ where }).then((r) => r.count);
  },
  tokens: (tx, cutoff, _now, dry) => {
    // Never-confirmed subscribers whose every link has expired go with their links (not counted twice).
    const pending = {
      status: 'PENDING' as const,
      confirmations: { every: { confirmedAt: null, expiresAt: { lt: cutoff } } },
      createdAt: { lt: cutoff },
    };
    const confirmations = { confirmedAt: null, expiresAt: { lt: cutoff }, NOT: { subscriber: { is: pending } } };
    const requests = { status: 'UNVERIFIED' as const, tokenExpiresAt: { lt: cutoff } };
    const setup = { OR: [{ expiresAt: { lt: cutoff } }, { usedAt: { lt: cutoff } }] };
    const usedLinks = { tokenHash: { not: null }, verifiedAt: { lt: cutoff } };
    if (dry) {
      return countInTurn(
        () => tx.subscriber.count({ where: pending }),
        () => tx.subscriptionConfirmation.count({ where: confirmations }),
        () => tx.privacyRequest.count({ where: requests }),
        () => tx.staffSetupToken.count({ where: setup }),
        () => tx.privacyRequest.count({ where: usedLinks }),
      );
    }
    return countInTurn(
      () => tx.subscriber.deleteMany({ where: pending }),
      () => tx.subscriptionConfirmation.deleteMany({ where: confirmations }),
      () => tx.privacyRequest.deleteMany({ where: requests }),
      () => tx.staffSetupToken.deleteMany({ where: setup }),
      () => tx.privacyRequest.updateMany({ where: usedLinks, data: { tokenHash: null } }),
    );
  },
  ipHashes: (tx, cutoff, now, dry) => {
    const consents = {
      createdAt: { lt: cutoff },
      fingerprintErasedAt: null,
      OR: [{ ipHash: { not: null } }, { uaHash: { not: null } }],
    };
    const sessions = { lastSeenAt: { lt: cutoff }, OR: [{ ipHash: { not: null } }, { uaHash: { not: null } }] };
    const audit = { createdAt: { lt: cutoff }, ipHash: { not: null } };
    if (dry)
      return countInTurn(
        () => tx.consentRecord.count({ where: consents }),
        () => tx.staffSession.count({ where: sessions }),
        () => tx.auditEvent.count({ where: audit }),
      );
    return countInTurn(
      () =>
        tx.consentRecord.updateMany({
          where: consents,
          data: { ipHash: null, uaHash: null, fingerprintErasedAt: now },
        }),
      () => tx.staffSession.updateMany({ where: sessions, data: { ipHash: null, uaHash: null } }),
      () => tx.auditEvent.updateMany({ where: audit, data: { ipHash: null } }),
    );
  },
  competitionEntries: (tx, cutoff, _now, dry) => {
    const where = { competition: { closesAt: { lt: cutoff } } };
    return dry ? tx.competitionEntry.count({ where }) : tx.competitionEntry.deleteMany({ where }).then((r) => r.count);
  },
  surveyResponses: (tx, cutoff, _now, dry) => {
    const where = { createdAt: { lt: cutoff } };
    return dry ? tx.surveyResponse.count({ where }) : tx.surveyResponse.deleteMany({ where }).then((r) => r.count);
  },
  emails: (tx, cutoff, _now, dry) => {
    const old = { status: { in: [...settled] }, createdAt: { lt: cutoff } };
    const copies = { ...old, newsletterId: { not: null }, NOT: { toAddress: ERASED_ADDRESS } };
    const others = { ...old, newsletterId: null };
    if (dry)
      return countInTurn(
        () => tx.outboxMessage.count({ where: copies }),
        () => tx.outboxMessage.count({ where: others }),
      );
    return countInTurn(
      () =>
        tx.outboxMessage.updateMany({
          where: copies,
          data: {
            toAddress: ERASED_ADDRESS,
            subject: '(erased)',
            textBody: '',
            htmlBody: '',
            headers: {},
            sealedLinks: null,
          },
        }),
      () => tx.outboxMessage.deleteMany({ where: others }),
    );
  },
};

// Released copies of someone's data are kept only while their download link works.
function expiredCopies(tx: Tx, now: Date, dry: boolean) {
  const where = { exportExpiresAt: { lt: now }, NOT: { exportData: { equals: Prisma.DbNull } } };
  return dry
    ? tx.privacyRequest.count({ where })
    : tx.privacyRequest.updateMany({ where, data: { exportData: Prisma.DbNull } }).then((r) => r.count);
}

// Applies (or, for a dry run, counts) every rule with its period; one transaction per type.
export async function applyRules(
  db: { $transaction: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T> },
  days: RetentionDays,
  now: Date,
  dryRun: boolean,
) {
  const removed: Record<string, number> = {};
  for (const [type, rule] of Object.entries(rules) as [RetentionType, Rule][]) {
    removed[type] = await db.$transaction((tx) => rule(tx, cutoffFor(days[type], now), now, dryRun));
  }
  removed[EXPIRED_COPIES] = await db.$transaction((tx) => expiredCopies(tx, now, dryRun));
  return removed;
}
