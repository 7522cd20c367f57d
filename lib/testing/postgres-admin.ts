// Creating and dropping the throwaway PostgreSQL databases that tests run in.
import pg from 'pg';
import { TEST_POSTGRES_URL } from './postgres-url';

// One short-lived connection as the test role, for creating and dropping databases.
export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Drops a test database. WITH (FORCE) ends our own leftover connections, but refuses (42501) when an
// autovacuum worker happens to be in it, so then a plain DROP, which stops autovacuum itself, is retried.
export async function dropTestDatabase(name: string): Promise<void> {
  await withAdminClient(async (c) => {
    try {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501') throw error;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}"`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt === 10) throw error;
        await wait(200 * attempt);
      }
    }
  });
}
