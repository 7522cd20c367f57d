// Vitest hooks for data-layer tests: a fresh, migrated database for the file and a Prisma client on it,
// also handed to lib/data through provideDb.
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';
import { getSecrets } from '../data/site/secrets';
import { CLIENT_OPTIONS, provideDb } from '../db/client';
import { applyMigrations } from '../db/migrate';
import { PrismaClient } from '../generated/prisma/client';

// Returns a getter: the client exists only once beforeAll has run.
export function migratedDatabaseForFile(): () => PrismaClient {
  let db: TestDatabase | undefined;
  let prisma: PrismaClient | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    await applyMigrations(db.factory);
    prisma = new PrismaClient({ adapter: db.factory, ...CLIENT_OPTIONS });
    provideDb(prisma);
    // As at a server's start: the site's secrets are made before any transaction needs them.
    await getSecrets();
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.close();
  });
  return () => {
    if (!prisma) throw new Error('the test database is not ready: call inside a test');
    return prisma;
  };
}
