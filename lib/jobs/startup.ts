// What the server does with its database at start: stop at once on configuration it cannot use,
// and keep going (retrying on each request) when PostgreSQL is only unreachable for now.
// Only type imports at the top: every module below reads the environment as it loads.
import type { Logger } from 'pino';

// Before the environment is read there is no logger yet (env.ts has printed what is wrong).
function stop(reason: string, log?: Logger): never {
  if (log) log.fatal(`Lumina cannot start: ${reason}`);
  else console.error(`Lumina cannot start: ${reason}`);
  process.exit(1);
}

// Called from instrumentation.ts once per server process.
export async function prepareDatabase(): Promise<void> {
  // env.ts has already printed which variable is wrong and what to write instead.
  await import('../env').catch(() => stop('fix the environment variables listed above.'));
  const { errorText, log } = await import('../log/logger');
  const { getDb } = await import('../db/client');
  const { DatabaseConnectionError } = await import('../db/adapters');
  try {
    await getDb();
  } catch (error) {
    if (error instanceof DatabaseConnectionError) {
      log.error(`${error.message}. Pages that need the database will retry on each request.`);
      return;
    }
    stop(errorText(error), log);
  }
  // Loaded before any request can need them inside a transaction (the embedded database has one connection).
  const { getSecrets } = await import('../data/site/secrets');
  await getSecrets().catch((error: unknown) =>
    log.warn({ error: errorText(error) }, "The site's secrets will load on first use"),
  );
}
