// One delivery round over the outbox: claims due messages a batch at a time under a short lease,
// renewed while they are being sent, and sends them over a few lanes (the SMTP pool's connections).
// A round asked to stop hands back what it has not started, so another instance sends it at once.
import { SMTP_OPTIONS, type Transport } from './transports';
import {
  cancelMessages,
  claimDueMessages,
  type ClaimedMessage,
  markMessageFailed,
  markMessagesSent,
  releaseMessages,
  renewLeases,
} from '../data/email/outbox';
import { suppressedAmong } from '../data/newsletter/suppression';
import { getSecrets } from '../data/site/secrets';
import { isPermanentFailure, MAX_ATTEMPTS, retryDelayMs } from '../email/backoff';
import { unsealLinks } from '../email/sealed-links';
import { errorText, log } from '../log/logger';

/** Messages claimed at once (and their deliveries recorded in one write). */
const BATCH = 25;
/** A dead worker's messages wait this long at most; a live one renews it every RENEW_MS. */
export const LEASE_MS = 20_000;
const RENEW_MS = 5_000;

export type DeliveryOptions = {
  transport: Transport;
  retryBaseMs: number;
  now?: () => Date;
  batch?: number;
  /** Asked before each message is handed to the transport: once true, the rest are released. */
  stopping?: () => boolean;
  /** How a batch's deliveries are recorded (tests stand in a database that fails for a while). */
  recordSent?: typeof markMessagesSent;
  /** The waits between attempts to record a delivery that could not be recorded. */
  recordRetryMs?: number[];
};

/** About 30 seconds in all: long enough for PostgreSQL to restart; the lease is renewed meanwhile. */
const RECORD_RETRY_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 15_000];

// Records deliveries, trying again while the database is away: an unrecorded delivery would be sent
// again when its lease ends.
async function recordWithRetry(record: () => Promise<void>, waits: number[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await record();
    } catch (error) {
      if (attempt >= waits.length) throw error;
      await new Promise((r) => setTimeout(r, waits[attempt]));
    }
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

// The message as its recipient gets it: its secret links opened, only now, for the transport.
export async function withLinks(message: ClaimedMessage): Promise<ClaimedMessage> {
  if (!message.sealedLinks) return message;
  const parts = { text: message.textBody, html: message.htmlBody, headers: message.headers };
  const open = unsealLinks((await getSecrets()).linkSealing, parts, message.sealedLinks);
  return { ...message, textBody: open.text, htmlBody: open.html, headers: open.headers };
}

type Tally = { sent: number; failed: number; cancelled: number; released: number };

// Sends one message: a delivery joins `delivered`, for the batch's one record; a failure is kept for
// a retry, or given up on.
async function deliverOne(
  message: ClaimedMessage,
  options: Required<Omit<DeliveryOptions, 'batch' | 'stopping'>>,
  delivered: ClaimedMessage[],
  tally: Tally,
) {
  const { transport, now, retryBaseMs } = options;
  try {
    await transport.send(await withLinks(message));
    delivered.push(message);
    tally.sent++;
  } catch (error) {
    tally.failed++;
    const giveUp = message.attempts >= MAX_ATTEMPTS || isPermanentFailure(error);
    const retryAt = giveUp ? null : new Date(now().getTime() + retryDelayMs(message.attempts, retryBaseMs));
    await markMessageFailed(message, describe(error), retryAt);
  }
}

// Records a batch's deliveries at once; sent but never recorded, they would be sent again once their
// lease ends (marking them failed would send them again at once), so that is only logged.
async function recordDelivered(
  delivered: ClaimedMessage[],
  { transport, now, recordSent, recordRetryMs }: Required<Omit<DeliveryOptions, 'batch' | 'stopping'>>,
) {
  if (!delivered.length) return;
  try {
    await recordWithRetry(() => recordSent(delivered, transport.name, now()), recordRetryMs);
  } catch (error) {
    log.error(
      { job: 'outbox', messageIds: delivered.map((m) => m.id), error: errorText(error) },
      'Sent emails could not be recorded; they may be sent again once their lease ends',
    );
  }
}

// Sends everything due now; returns how many were sent, failed, cancelled and released this round.
export async function deliverDue(options: DeliveryOptions): Promise<Tally> {
  const { now = () => new Date(), batch = BATCH, stopping = () => false } = options;
  const settled = { recordSent: markMessagesSent, recordRetryMs: RECORD_RETRY_MS, ...options, now };
  const tally: Tally = { sent: 0, failed: 0, cancelled: 0, released: 0 };
  while (!stopping()) {
    const claimed = await claimDueMessages(batch, LEASE_MS, now());
    // Someone who unsubscribed after a newsletter was queued for them never receives it.
    const marketing = claimed.filter((m) => m.kind === 'newsletter');
    const suppressed = await suppressedAmong(marketing.map((m) => m.toAddress));
    const withdrawn = marketing.filter((m) => suppressed.has(m.toAddress));
    await cancelMessages(withdrawn, 'Unsubscribed before it was sent');
    tally.cancelled += withdrawn.length;
    const waiting = claimed.filter((m) => !withdrawn.includes(m));
    const inHand = new Set(waiting);
    const renew = setInterval(() => {
      renewLeases([...inHand], new Date(now().getTime() + LEASE_MS)).catch((e: unknown) =>
        log.warn({ job: 'outbox', error: errorText(e) }, 'Could not renew email leases'),
      );
    }, RENEW_MS);
    // A delivered message stays in hand (its lease renewed) until the batch's record is written.
    const delivered: ClaimedMessage[] = [];
    const lane = async () => {
      while (!stopping()) {
        const message = waiting.shift();
        if (!message) return;
        await deliverOne(message, settled, delivered, tally);
        if (!delivered.includes(message)) inHand.delete(message);
      }
    };
    try {
      await Promise.all(Array.from({ length: SMTP_OPTIONS.maxConnections }, lane));
    } finally {
      await recordDelivered(delivered, settled);
      clearInterval(renew);
    }
    // Messages no lane started (the server is stopping) go back at once, for any instance to send.
    await releaseMessages(waiting);
    tally.released += waiting.length;
    if (claimed.length < batch) break;
  }
  return tally;
}
