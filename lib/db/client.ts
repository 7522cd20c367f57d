// The Prisma client for the configured database, created once per process.
import 'server-only';
import { env } from '../env';
import { openDatabase, type Sql } from './adapters';
import { applyMigrations } from './migrate';
import { PrismaClient } from '../generated/prisma/client';
import { log } from '../log/logger';

type Holder = { luminaDb?: Promise<PrismaClient>; luminaSql?: Sql; luminaDbClose?: () => Promise<void> };
const holder = globalThis as unknown as Holder;

/** The site's client options. A burst (hundreds of cookie choices at once, each taking the ledger's lock in
 * turn) queues for a connection instead of failing: Prisma's default gives up after 2 s, and the visitor
 * sees a 503. Each limit is under the 8 s a stopping server gives the requests in flight (it cuts off the rest). */
export const CLIENT_OPTIONS = { transactionOptions: { maxWait: 5_000, timeout: 7_000 } };

async function connect(): Promise<PrismaClient> {
  const config = env.DATABASE_URL;
  const { factory, close, sql } = await openDatabase(config);
  holder.luminaDbClose = close;
  holder.luminaSql = sql;
  if (config.kind === 'pglite') {
    const applied = await applyMigrations(factory);
    if (applied.length)
      log.info(
        { dir: config.dir, applied },
        `Embedded database at ${config.dir}: applied ${applied.length} migrations`,
      );
  }
  return new PrismaClient({ adapter: factory, ...CLIENT_OPTIONS });
}

// Lets tests and benchmarks hand lib/data a client of their own (a fresh test database), with the
// plain statements of the same database.
export function provideDb(client: PrismaClient, sql: Sql): void {
  holder.luminaDb = Promise.resolve(client);
  holder.luminaSql = sql;
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

// Plain statements on the client's database, past Prisma's per-query work: only for the hottest
// statement (a form's rate limit), written in lib/data like every other.
export async function getSql(): Promise<Sql> {
  await getDb();
  return holder.luminaSql!;
}

// Closes this process's database at shutdown: the pool first, then the embedded database's thread
// (which writes its checkpoint), so the next start needs no recovery.
export async function closeDb(): Promise<void> {
  const pending = holder.luminaDb;
  if (!pending) return;
  holder.luminaDb = undefined;
  const client = await pending.catch(() => null);
  await client?.$disconnect();
  await holder.luminaDbClose?.();
  holder.luminaDbClose = undefined;
}
