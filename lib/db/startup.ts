// What the server does with its database at start: stop at once on configuration it cannot use,
// and keep going (retrying on each request) when PostgreSQL is only unreachable for now.
import { DatabaseConnectionError } from './adapters';

function stop(reason: string): never {
  console.error(`Lumina cannot start: ${reason}`);
  process.exit(1);
}

// Called from instrumentation.ts once per server process.
export async function prepareDatabase(): Promise<void> {
  // env.ts has already printed which variable is wrong and what to write instead.
  await import('../env').catch(() => stop('fix the environment variables listed above.'));
  const { getDb } = await import('./client');
  try {
    await getDb();
  } catch (error) {
    if (error instanceof DatabaseConnectionError) {
      console.error(`${error.message}. Pages that need the database will retry on each request.`);
      return;
    }
    stop(error instanceof Error ? error.message : String(error));
  }
  // Loaded before any request can need them inside a transaction (the embedded database has one connection).
  const { getSecrets } = await import('../security/secrets');
  await getSecrets().catch((error: unknown) => console.error(`The site's secrets will load on first use: ${String(error)}`));
}
