// Runs once when the server starts: checks the configuration and, on the embedded database,
// applies pending migrations before the first request arrives; then starts sending queued email
// and the timers for data-request reminders and the retention purge. SIGTERM stops it in order.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stampPeerOnRequests } = await import('./lib/security/peer-stamp');
  stampPeerOnRequests();
  // First of all that reads the environment: it stops with a plain message if the environment is wrong.
  const { prepareDatabase } = await import('./lib/jobs/startup');
  await prepareDatabase();
  const { routeConsoleThroughLogger } = await import('./lib/log/console');
  routeConsoleThroughLogger();
  const { logRequests } = await import('./lib/server/access-log');
  logRequests();
  const { reportRequestError } = await import('./lib/server/request-errors');
  reportError = reportRequestError;
  const { handleShutdownSignals } = await import('./lib/jobs/shutdown');
  handleShutdownSignals();
  const { ensureFirstAdmin } = await import('./lib/auth/bootstrap');
  const { errorText, log } = await import('./lib/log/logger');
  const { prerenderedCspLoaded } = await import('./lib/security/prerendered-csp');
  if (process.env.NODE_ENV === 'production' && !prerenderedCspLoaded()) {
    log.error(
      'The prerendered pages have no script hashes: build with `npm run build`, not `next build` alone, or their scripts are blocked',
    );
  }
  await ensureFirstAdmin().catch((error: unknown) =>
    log.error({ error: errorText(error) }, 'Could not check for a first admin account'),
  );
  const { startOutboxWorker } = await import('./lib/jobs/outbox-worker');
  startOutboxWorker();
  const { startHousekeeping } = await import('./lib/jobs/housekeeping');
  startHousekeeping();
}

type RequestInfo = { path: string; method: string; headers: Record<string, string | string[] | undefined> };
type ErrorHooks = (error: unknown, request: RequestInfo, context: { routePath?: string; routeType?: string }) => void;

// Loaded in register(), so that onRequestError marks a request before its error page is answered.
let reportError: ErrorHooks | undefined;

// Next.js calls this for every error a request's rendering or action did not handle: one log line
// with the request's id and the error's digest (the reference an error page shows), and, when the
// database could not be reached, the answer becomes 503.
export function onRequestError(...args: Parameters<ErrorHooks>) {
  reportError?.(...args);
}
