// Delivers the outbox: every instance runs this loop; row locks make sure each message is taken by
// one of them at a time. Failures are retried with backoff; nothing is ever dropped silently.
import { queueOwedRequestEmails } from '../data/enquiries/owed-emails';
import { fanOutNewsletters } from '../data/newsletter/fan-out';
import { env } from '../env';
import { deliverDue } from './deliver';
import { mailboxTransport, smtpTransport, type Transport } from './transports';
import { errorText, log } from '../log/logger';

// Kept on globalThis, not in this module: Next.js loads the module once for instrumentation.ts and
// again for the app, and two copies of this state meant two delivery loops in one process.
type Loop = {
  transport?: Transport;
  running: Promise<void> | null;
  again: boolean;
  started: boolean;
  stopping: boolean;
};
const loop = ((globalThis as unknown as { luminaOutbox?: Loop }).luminaOutbox ??= {
  running: null,
  again: false,
  started: false,
  stopping: false,
});
const stopping = () => loop.stopping;

// The transport this instance's configuration asks for, made once per process.
export function configuredTransport(): Transport {
  loop.transport ??= env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM) : mailboxTransport();
  return loop.transport;
}

/** How long a round started by a public form waits for others: under load, one round serves many forms. */
export const FORM_GATHER_MS = 100;

// Runs a delivery round now (or right after the current one), e.g. once a form has queued an email;
// `gatherMs` first waits that long, so the forms sent meanwhile join the same round.
export function nudgeOutbox({ gatherMs = 0 } = {}): Promise<void> {
  if (loop.stopping) return Promise.resolve();
  if (loop.running) {
    loop.again = true;
    return loop.running;
  }
  loop.running = (async () => {
    do {
      if (gatherMs) await new Promise((resolve) => setTimeout(resolve, gatherMs));
      loop.again = false;
      try {
        // Requests' emails and a newsletter being sent are queued first (or carried on, if another instance stopped).
        const started = Date.now();
        const requests = await queueOwedRequestEmails();
        const queued = await fanOutNewsletters({ stopping });
        const tally = await deliverDue({
          transport: configuredTransport(),
          retryBaseMs: env.OUTBOX_RETRY_BASE_MS,
          stopping,
        });
        const busy = requests > 0 || queued > 0 || Object.values(tally).some((n) => n > 0);
        log[busy ? 'info' : 'debug'](
          {
            job: 'outbox',
            requestsAcknowledged: requests,
            newsletterCopiesQueued: queued,
            ...tally,
            ms: Date.now() - started,
          },
          'job',
        );
      } catch (error) {
        log.error({ job: 'outbox', error: errorText(error) }, 'Email delivery round failed (it will run again)');
      }
    } while (loop.again && !loop.stopping);
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

// The server is stopping: no new round starts, the current one sends what it has started and gives
// the rest back at once; resolves when it has (the caller bounds how long it waits).
export async function stopOutboxWorker(): Promise<void> {
  loop.stopping = true;
  await loop.running;
  loop.transport?.close?.();
}
