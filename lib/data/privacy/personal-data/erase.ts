// Erasure: every row about one person is deleted or irreversibly anonymised, in one transaction.
// What stays: the keyed hash on the suppression list (so they are never marketed to again), the
// consent chain (records redacted, never removed, so it still verifies) and the request's own
// reference and dates (with the person's details removed), as evidence the request was met.
import { sameAddress } from './same-address';
import type { Tx } from '../../../db/tx';
import { Prisma } from '../../../generated/prisma/client';
import { ERASED_ADDRESS } from '../../email/outbox';
import { REQUEST_TABLES } from '../../enquiries/request-tables';
import { keyOf } from '../../forms/rate-limits';
import { suppress } from '../../newsletter/suppression';

export type ErasureCounts = Record<string, number>;

// Erases `email` (and the cookie records under `consentIds`) everywhere, labelling what is left
// behind in audit entries with the request's reference.
export async function erasePersonalData(
  tx: Tx,
  email: string,
  consentIds: string[],
  reference: string,
  now = new Date(),
): Promise<ErasureCounts> {
  const match = sameAddress(email);
  const subscriber = await tx.subscriber.findFirst({
    where: { email: match },
    include: { confirmations: { select: { id: true } } },
  });
  // Each request form's submissions, with their notes.
  const forms: ErasureCounts = {};
  for (const table of REQUEST_TABLES) {
    forms[table.form.key] = (await table.model(tx).deleteMany({ where: { email: match } })).count;
  }
  if (subscriber) await tx.subscriber.delete({ where: { id: subscriber.id } });
  const feedback = await tx.feedback.deleteMany({ where: { email: match } });
  // A winning entry's draw keeps only its reference (the winner link is set to null).
  const entries = await tx.competitionEntry.deleteMany({ where: { email: match } });
  const responses = await tx.surveyResponse.deleteMany({ where: { email: match } });

  // Consent records: the identity and fingerprint columns go, and so does the salt that could prove them.
  const ids = [...consentIds, ...(subscriber ? [subscriber.id, ...subscriber.confirmations.map((c) => c.id)] : [])];
  const mine = { identityErasedAt: null, OR: [{ email: match }, ...(ids.length ? [{ consentId: { in: ids } }] : [])] };
  const identity = { consentId: 'erased', email: null, personalSalt: null, identityErasedAt: now };
  const consentsA = await tx.consentRecord.updateMany({
    where: { ...mine, fingerprintErasedAt: null },
    data: { ...identity, ipHash: null, uaHash: null, fingerprintErasedAt: now },
  });
  const consentsB = await tx.consentRecord.updateMany({ where: mine, data: identity });

  // Emails to them, or about them (the team's notification of their enquiry): blanked, never sent.
  const emails = await tx.$executeRaw`
    UPDATE "OutboxMessage" SET "toAddress" = ${ERASED_ADDRESS}, "subject" = '(erased)', "textBody" = '', "htmlBody" = '', "headers" = '{}', "sealedLinks" = NULL,
      "status" = CASE WHEN "status" = 'PENDING' THEN 'CANCELLED'::"OutboxStatus" ELSE "status" END, "lastError" = NULL, "lockedUntil" = NULL
    WHERE lower("toAddress") = lower(${email}) OR strpos(lower("textBody"), lower(${email})) > 0
      OR strpos(lower("htmlBody"), lower(${email})) > 0 OR strpos(lower("headers"::text), lower(${email})) > 0`;

  // Audit entries keep what staff did, but not who it was done to.
  const audit = await tx.$executeRaw`
    UPDATE "AuditEvent" SET
      "subject" = CASE WHEN strpos(lower(coalesce("subject", '')), lower(${email})) > 0 THEN ${`erased (${reference})`} ELSE "subject" END,
      "actor" = CASE WHEN strpos(lower("actor"), lower(${email})) > 0 THEN ${`erased (${reference})`} ELSE "actor" END,
      "detail" = CASE WHEN strpos(lower("detail"::text), lower(${email})) > 0 THEN '{"erased":true}'::jsonb ELSE "detail" END
    WHERE strpos(lower(coalesce("subject", '') || ' ' || "actor" || ' ' || "detail"::text), lower(${email})) > 0`;

  // Rate-limit counters are keyed by a plain hash of the address; they go too.
  // Email counters: `<form>:email:<hash>` and `<form>:email-ip:<hash>.<ip hash>`.
  const limits = await tx.rateLimiterFlexible.deleteMany({
    where: { OR: [{ key: { endsWith: `:${keyOf(email)}` } }, { key: { contains: `:${keyOf(email)}.` } }] },
  });

  // Their data-rights requests stay as references and dates only.
  const requests = await tx.privacyRequest.findMany({ where: { email: match }, select: { id: true } });
  const requestIds = requests.map((r) => r.id);
  await tx.privacyRequestEvent.updateMany({ where: { requestId: { in: requestIds } }, data: { detail: {} } });
  await tx.privacyRequest.updateMany({
    where: { id: { in: requestIds } },
    data: {
      email: null,
      name: null,
      details: null,
      corrections: {},
      consentIds: [],
      exportData: Prisma.DbNull,
      exportTokenHash: null,
      tokenHash: null,
    },
  });

  await suppress(tx, email, 'erasure');
  return {
    ...forms,
    subscribers: subscriber ? 1 : 0,
    feedback: feedback.count,
    competitionEntries: entries.count,
    surveyResponses: responses.count,
    consentRecordsRedacted: consentsA.count + consentsB.count,
    emails,
    auditEntries: audit,
    rateLimits: limits.count,
    requests: requestIds.length,
  };
}
