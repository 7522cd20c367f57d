// Global setup of the PostgreSQL lane: fail the run loudly when the server is missing, never skip.
import pg from 'pg';
import { TEST_POSTGRES_URL } from './postgres-url';

export default async function requirePostgres() {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `The PostgreSQL test lane needs a server at ${TEST_POSTGRES_URL.replace(/:[^:@/]+@/, ':***@')} ` +
        `(run .ci/setup-machine.sh, or set TEST_POSTGRES_URL): ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}
