// Delivers the outbox: every instance runs this loop; row locks make sure each message is taken by
// one of them at a time. Failures are retried with backoff; nothing is ever dropped silently.
import { cancelMessages, claimDueMessages, type ClaimedMessage, markMessageFailed, markMessageSent } from '../data/outbox';
import { fanOutNewsletters } from '../data/newsletter-fanout';
import { suppressedAmong } from '../data/suppression';
import { env } from '../env';
import { getSecrets } from '../security/secrets';
import { isPermanentFailure, MAX_ATTEMPTS, retryDelayMs } from './backoff';
import { unsealLinks } from './sealed-links';
import { mailboxTransport, smtpTransport, type Transport } from './transports';

const BATCH = 10;
// Longer than the worst case for a batch (10 × the 20 s SMTP socket timeout).
const LEASE_MS = 5 * 60 * 1000;

export type DeliveryOptions = {
  transport: Transport;
  retryBaseMs: number;
  now?: () => Date;
  batch?: number;
  /** How a delivery is recorded (tests stand in a database that fails for a while). */
  recordSent?: typeof markMessageSent;
  /** The waits between attempts to record a delivery that could not be recorded. */
  recordRetryMs?: number[];
};

/** About 30 seconds in all: long enough for PostgreSQL to restart, short against the 5-minute lease. */
const RECORD_RETRY_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 15_000];

// Records a delivery, trying again while the database is away: an unrecorded delivery would be
// sent again when its lease ends.
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

// Sends everything due now; returns how many were sent, failed and cancelled this round.
export async function deliverDue(options: DeliveryOptions) {
  const { transport, retryBaseMs, now = () => new Date(), batch = BATCH, recordSent = markMessageSent, recordRetryMs = RECORD_RETRY_MS } = options;
  const result = { sent: 0, failed: 0, cancelled: 0 };
  for (;;) {
    const claimed = await claimDueMessages(batch, LEASE_MS, now());
    // Someone who unsubscribed after a newsletter was queued for them never receives it.
    const marketing = claimed.filter((m) => m.kind === 'newsletter');
    const suppressed = await suppressedAmong(marketing.map((m) => m.toAddress));
    const withdrawn = marketing.filter((m) => suppressed.has(m.toAddress));
    await cancelMessages(withdrawn, 'Unsubscribed before it was sent');
    result.cancelled += withdrawn.length;
    // The batch goes out side by side, over the transport's pooled connections.
    await Promise.all(
      claimed
        .filter((m) => !withdrawn.includes(m))
        .map(async (message) => {
          let delivered = false;
          try {
            await transport.send(await withLinks(message));
            delivered = true;
            result.sent++;
            await recordWithRetry(() => recordSent(message, transport.name, now()), recordRetryMs);
          } catch (error) {
            // Sent but never recorded: marking it failed would send it again at once; the lease is the last resort.
            if (delivered) {
              console.error(`A sent email could not be recorded (${describe(error)}); it may be sent again once its lease ends.`);
              return;
            }
            result.failed++;
            const giveUp = message.attempts >= MAX_ATTEMPTS || isPermanentFailure(error);
            const retryAt = giveUp ? null : new Date(now().getTime() + retryDelayMs(message.attempts, retryBaseMs));
            await markMessageFailed(message, describe(error), retryAt);
          }
        }),
    );
    if (claimed.length < batch) return result;
  }
}

// Kept on globalThis, not in this module: Next.js loads the module once for instrumentation.ts and
// again for the app, and two copies of this state meant two delivery loops in one process.
type Loop = { transport?: Transport; running: Promise<void> | null; again: boolean; started: boolean };
const loop = ((globalThis as unknown as { luminaOutbox?: Loop }).luminaOutbox ??= { running: null, again: false, started: false });

// The transport this instance's configuration asks for, made once per process.
export function configuredTransport(): Transport {
  loop.transport ??= env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM) : mailboxTransport();
  return loop.transport;
}

// Runs a delivery round now (or right after the current one), e.g. once a form has queued an email.
export function nudgeOutbox(): Promise<void> {
  if (loop.running) {
    loop.again = true;
    return loop.running;
  }
  loop.running = (async () => {
    do {
      loop.again = false;
      try {
        // A newsletter being sent is queued first (or carried on, if another instance stopped).
        await fanOutNewsletters();
        await deliverDue({ transport: configuredTransport(), retryBaseMs: env.OUTBOX_RETRY_BASE_MS });
      } catch (error) {
        console.error(`Email delivery round failed (it will run again): ${describe(error)}`);
      }
    } while (loop.again);
  })().finally(() => {
    loop.running = null;
  });
  return loop.running;
}

// Called once per server process (instrumentation.ts): polls for due messages, including retries
// and messages queued by other instances.
export function startOutboxWorker(): void {
  if (loop.started) return;
  loop.started = true;
  setInterval(() => void nudgeOutbox(), env.OUTBOX_POLL_MS).unref();
  void nudgeOutbox();
}

// Whether this process's delivery loop has been started (for /readyz).
export function outboxWorkerRunning(): boolean {
  return loop.started;
}
