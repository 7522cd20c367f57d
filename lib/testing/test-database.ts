// A fresh, empty database for one test file, on the lane's engine (TEST_DB=pglite|postgres).
import { randomBytes } from 'node:crypto';
import { dropTestDatabase, withAdminClient } from './postgres-admin';
import { TEST_POSTGRES_URL } from './postgres-url';
import type { DatabaseConfig } from '../config/database-url';
import { openDatabase, type OpenDatabase } from '../db/adapters';

export type TestDatabase = OpenDatabase & { config: DatabaseConfig; engine: 'pglite' | 'postgres' };

// Creates the database; close() drops it again (PostgreSQL) or lets it go (in-memory PGlite).
export async function createTestDatabase(): Promise<TestDatabase> {
  const engine = process.env.TEST_DB;
  if (engine === 'pglite') {
    const config: DatabaseConfig = { kind: 'pglite', dir: 'memory://' };
    return { ...(await openDatabase(config)), config, engine };
  }
  if (engine !== 'postgres') throw new Error(`TEST_DB must be "pglite" or "postgres", not "${engine}"`);
  const name = `lumina_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  const config: DatabaseConfig = { kind: 'postgres', url: url.toString(), display: name };
  const db = await openDatabase(config);
  return {
    ...db,
    config,
    engine,
    close: async () => {
      await db.close();
      await dropTestDatabase(name);
    },
  };
}
