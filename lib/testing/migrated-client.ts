// Vitest hooks for data-layer tests: a fresh, migrated database for the file and a Prisma client on it,
// also handed to lib/data through provideDb.
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';
import { getSecrets } from '../data/site/secrets';
import { CLIENT_OPTIONS, provideDb } from '../db/client';
import { applyMigrations } from '../db/migrate';
import { PrismaClient } from '../generated/prisma/client';

// Returns a getter: the client exists only once beforeAll has run. Its `provide` hands this database
// to lib/data again, after a test has handed it another.
export function migratedDatabaseForFile(): (() => PrismaClient) & { provide: () => void } {
  let db: TestDatabase | undefined;
  let prisma: PrismaClient | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    await applyMigrations(db.factory);
    prisma = new PrismaClient({ adapter: db.factory, ...CLIENT_OPTIONS });
    provideDb(prisma, db.sql);
    // As at a server's start: the site's secrets are made before any transaction needs them.
    await getSecrets();
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.close();
  });
  const ready = () => {
    if (!prisma || !db) throw new Error('the test database is not ready: call inside a test');
    return { prisma, db };
  };
  return Object.assign(() => ready().prisma, { provide: () => provideDb(ready().prisma, ready().db.sql) });
}
