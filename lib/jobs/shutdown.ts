// What the server does on SIGTERM or SIGINT (a deploy, a scale-down, Ctrl-C), within a container's
// 10-second grace: stop accepting connections, finish the requests in flight, stop claiming email
// and hand back what was claimed but not started, close the database, exit. Next.js's own handler
// exits as soon as its server has closed, before the database could be, so this one replaces it.
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { errorText, log } from '../log/logger';

/** Everything must be done by then; what is still running is cut off (its emails keep a short lease). */
export const GRACE_MS = 8_000;

type RequestStart = { request: IncomingMessage; response: ServerResponse; server: Server };
type State = { installed?: true; servers: Set<Server>; inFlight: number; stopping: boolean };
const state = ((globalThis as unknown as { luminaShutdown?: State }).luminaShutdown ??= {
  servers: new Set(),
  inFlight: 0,
  stopping: false,
});

// Resolves once `done()` holds or the deadline passes, looking every 25 ms.
async function until(done: () => boolean, deadline: number, meanwhile = () => {}): Promise<void> {
  while (!done() && Date.now() < deadline) {
    meanwhile();
    await new Promise((r) => setTimeout(r, 25));
  }
}

// Settles with `work`, or at the deadline if that comes first (a stuck step must not stop the exit).
function byDeadline(work: Promise<unknown>, deadline: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((r) => (timer = setTimeout(r, Math.max(0, deadline - Date.now()))));
  return Promise.race([
    work.catch((e: unknown) => log.error({ error: errorText(e) }, 'A shutdown step failed')),
    late,
  ]).finally(() => clearTimeout(timer));
}

async function shutDown(signal: NodeJS.Signals): Promise<never> {
  const started = Date.now();
  const deadline = started + GRACE_MS;
  const [{ stopOutboxWorker }, { stopHousekeeping }, { closeDb }] = await Promise.all([
    import('./outbox-worker'),
    import('./housekeeping'),
    import('../db/client'),
  ]);
  stopHousekeeping();
  const outbox = stopOutboxWorker();
  for (const server of state.servers) server.close();
  // Keep-alive connections close as soon as their request is answered.
  const closeIdle = () => state.servers.forEach((server) => server.closeIdleConnections());
  await until(() => state.inFlight === 0, deadline, closeIdle);
  await byDeadline(outbox, deadline);
  state.servers.forEach((server) => server.closeAllConnections());
  await byDeadline(closeDb(), deadline + 1_500);
  const ms = Date.now() - started;
  log.info(
    { signal, ms, cutOff: state.inFlight },
    `Stopped on ${signal} in ${ms} ms (${state.inFlight} requests cut off).`,
  );
  log.flush();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

// Called once at start-up from instrumentation.ts, after Next.js has installed its own handlers.
export function handleShutdownSignals(): void {
  if (state.installed) return;
  state.installed = true;
  subscribe('http.server.request.start', (message) => {
    const { response, server } = message as RequestStart;
    state.servers.add(server);
    state.inFlight++;
    response.once('close', () => state.inFlight--);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (state.stopping) return;
      state.stopping = true;
      void shutDown(signal);
    });
  }
}
