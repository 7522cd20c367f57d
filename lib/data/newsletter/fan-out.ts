// Queues a newsletter's copies in the outbox, a batch at a time, in subscriber id order. Any
// instance may carry a send on: it holds a short lease on the newsletter, renewed with each batch,
// and a copy's message key (newsletter:<id>:<subscriber>) makes a repeated batch harmless.
import { suppressedAmong } from './suppression';
import { unsubscribeLinkMaker } from './unsubscribe-link';
import { getDb } from '../../db/client';
import { newsletterContent, newsletterEmail } from '../../email/templates/newsletter';
import { insertOutboxRows, outboxRow } from '../email/outbox';
import { getSecrets } from '../site/secrets';

/** Renewed with each batch (well under a second): a killed sender's newsletter is carried on this soon. */
const LEASE_MS = 15_000;

type Claimed = { id: string; subject: string; markdown: string; fanoutCursor: string | null; fanoutLockedUntil: Date };

async function claimSend(now: Date): Promise<Claimed | null> {
  const db = await getDb();
  const until = new Date(now.getTime() + LEASE_MS);
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE "Newsletter" SET "fanoutLockedUntil" = ${until}
    WHERE "id" = (
      SELECT "id" FROM "Newsletter"
      WHERE "status" = 'SENDING' AND ("fanoutLockedUntil" IS NULL OR "fanoutLockedUntil" <= ${now})
      ORDER BY "sendStartedAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id", "subject", "markdown", "fanoutCursor"::text AS "fanoutCursor", "fanoutLockedUntil"`;
  return rows[0] ?? null;
}

type FanOutOptions = { batch?: number; now?: () => Date; stopping?: () => boolean };

// once `stopping`, the send is left between batches with its lease given up, for another instance.
export async function fanOutNewsletters({
  batch = 500,
  now = () => new Date(),
  stopping = () => false,
}: FanOutOptions = {}): Promise<number> {
  const db = await getDb();
  let queued = 0;
  for (let send = stopping() ? null : await claimSend(now()); send; send = stopping() ? null : await claimSend(now())) {
    const content = newsletterContent(send.subject, send.markdown);
    let { fanoutCursor: cursor, fanoutLockedUntil: lease } = send;
    for (;;) {
      const subscribers = await db.subscriber.findMany({
        where: { status: 'ACTIVE', ...(cursor ? { id: { gt: cursor } } : {}) },
        orderBy: { id: 'asc' },
        take: batch,
        select: { id: true, email: true },
      });
      const renewed = new Date(now().getTime() + LEASE_MS);
      const held = { id: send.id, status: 'SENDING' as const, fanoutLockedUntil: lease };
      if (stopping()) {
        await db.newsletter.updateMany({ where: held, data: { fanoutLockedUntil: null } });
        break;
      }
      if (!subscribers.length) {
        await db.newsletter.updateMany({
          where: held,
          data: { status: 'SENT', queuedAt: now(), fanoutLockedUntil: null },
        });
        break;
      }
      const linksFor = await unsubscribeLinkMaker();
      const sealingSecret = (await getSecrets()).linkSealing;
      const suppressed = await suppressedAmong(subscribers.map((s) => s.email));
      const rows = subscribers
        .filter((s) => !suppressed.has(s.email))
        .map((s) =>
          outboxRow(
            {
              messageKey: `newsletter:${send.id}:${s.id}`,
              kind: 'newsletter',
              to: s.email,
              ...newsletterEmail(content, linksFor(s.id)),
            },
            sealingSecret,
            { newsletterId: send.id },
          ),
        );
      const next = subscribers.at(-1)!.id;
      // Only the lease holder moves the cursor on; if the lease was lost, the batch is undone.
      const moved = await db
        .$transaction(async (tx) => {
          const count = await insertOutboxRows(tx, rows);
          const advanced = await tx.newsletter.updateMany({
            where: held,
            data: { fanoutCursor: next, queuedCount: { increment: count }, fanoutLockedUntil: renewed },
          });
          if (advanced.count === 0) throw new LostLease();
          return count;
        })
        .catch((error: unknown) => {
          if (error instanceof LostLease) return null;
          throw error;
        });
      if (moved === null) break;
      queued += moved;
      cursor = next;
      lease = renewed;
    }
  }
  return queued;
}

class LostLease extends Error {}
