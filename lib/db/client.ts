// The Prisma client for the configured database, created once per process.
import 'server-only';
import { env } from '../env';
import { PrismaClient } from '../generated/prisma/client';
import { openDatabase } from './adapters';
import { applyMigrations } from './migrate';

type Holder = { luminaDb?: Promise<PrismaClient> };
const holder = globalThis as unknown as Holder;

async function connect(): Promise<PrismaClient> {
  const config = env.DATABASE_URL;
  const { factory } = await openDatabase(config);
  if (config.kind === 'pglite') {
    const applied = await applyMigrations(factory);
    if (applied.length) console.log(`Embedded database at ${config.dir}: applied ${applied.join(', ')}`);
  }
  return new PrismaClient({ adapter: factory });
}

// Lets tests and benchmarks hand lib/data a client of their own (a fresh test database).
export function provideDb(client: PrismaClient): void {
  holder.luminaDb = Promise.resolve(client);
}

// Kept on globalThis in every mode, not just development: a PGlite data folder must be opened by
// exactly one instance per process, however many bundles import this module.
export function getDb(): Promise<PrismaClient> {
  holder.luminaDb ??= connect().catch((error: unknown) => {
    holder.luminaDb = undefined;
    throw error;
  });
  return holder.luminaDb;
}
