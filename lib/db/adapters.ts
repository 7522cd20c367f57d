// Builds the migration-aware driver adapter factory for the chosen database.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg, { type Pool } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { EMBEDDED_CONNECTIONS, startEmbeddedServer } from './embedded-server';
import { type DatabaseConfig, IN_MEMORY } from '../config/database-url';

/** One SQL statement with $1… parameters, answered with its rows. */
export type Sql = <T = Record<string, unknown>>(statement: string, ...params: unknown[]) => Promise<T[]>;

export type OpenDatabase = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
  /** A statement on the pool Prisma uses, without Prisma's per-query work: for the hottest statement. */
  sql: Sql;
};

type Factory = SqlMigrationAwareDriverAdapterFactory;
type RunScript = (script: string) => Promise<unknown>;

// Both stock adapters run migration scripts unsafely: adapter-pg splits on ";" (breaking
// $$-quoted bodies) and runs the pieces one by one on a pool; pglite-prisma-adapter neither
// awaits the script nor reports its error. Sending the whole script as one simple query makes
// PostgreSQL run it as one implicit transaction: it applies whole or not at all.
function withAtomicScripts(adapter: SqlDriverAdapter, run: RunScript, dispose?: () => Promise<void>) {
  const mapError = (adapter as unknown as { onError: (e: unknown) => never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await run(script);
    } catch (error) {
      mapError(error);
    }
  };
  if (dispose) adapter.dispose = dispose;
  return adapter;
}

function pgliteAdapter(db: PGlite, dispose?: () => Promise<void>) {
  const inner = new PrismaPGlite(db) as unknown as Factory;
  return inner.connect().then((a) => withAtomicScripts(a, (s) => db.exec(s), dispose));
}

function pgAdapter(connect: () => Promise<SqlDriverAdapter>) {
  return connect().then((a) => {
    const pool = (a as unknown as { underlyingDriver(): Pool }).underlyingDriver();
    return withAtomicScripts(a, (s) => pool.query(s));
  });
}

export class DatabaseConnectionError extends Error {
  override name = 'DatabaseConnectionError';
}

// Connects once up front so a wrong host, password or database name is reported plainly,
// naming the server (never the password) instead of surfacing later as a query failure.
async function checkPostgres(config: Extract<DatabaseConfig, { kind: 'postgres' }>) {
  const client = new pg.Client({ connectionString: config.url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new DatabaseConnectionError(`Cannot reach PostgreSQL at ${config.display}: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

// The pool both Prisma and `sql` use. Prisma listens for an idle connection's error only while it is
// connected; this listener outlives it, so a database restart never crashes the process (the next
// statement reports it).
function sharedPool(config: pg.PoolConfig) {
  const pool = new pg.Pool(config);
  pool.on('error', () => {});
  const sql: Sql = <T>(statement: string, ...params: unknown[]) =>
    pool.query<T & pg.QueryResultRow>(statement, params).then((r) => r.rows);
  let ended: Promise<void> | undefined;
  return { pool, sql, end: () => (ended ??= pool.end()) };
}

// Opens the database named by the config; the caller owns closing it.
export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  if (config.kind === 'pglite') {
    if (!config.dir.startsWith(IN_MEMORY)) mkdirSync(config.dir, { recursive: true });
    const embedded = await startEmbeddedServer(config.dir);
    const shared = sharedPool({
      host: embedded.socketDir,
      user: 'postgres',
      database: 'postgres',
      max: EMBEDDED_CONNECTIONS,
    });
    const inner = new PrismaPg(shared.pool);
    const factory: Factory = {
      provider: 'postgres',
      adapterName: inner.adapterName,
      connect: () => pgAdapter(() => inner.connect()),
      // The shadow database (for writing migrations) is a throwaway in-memory PGlite in this thread.
      connectToShadowDb: async () => {
        const shadow = await PGlite.create();
        return pgliteAdapter(shadow, () => shadow.close());
      },
    };
    return { factory, sql: shared.sql, close: () => shared.end().then(() => embedded.close()) };
  }
  await checkPostgres(config);
  const shared = sharedPool({ connectionString: config.url, connectionTimeoutMillis: 5_000 });
  const inner = new PrismaPg(shared.pool);
  const factory: Factory = {
    provider: 'postgres',
    adapterName: inner.adapterName,
    connect: () => pgAdapter(() => inner.connect()),
    connectToShadowDb: () => pgAdapter(() => inner.connectToShadowDb()),
  };
  return { factory, sql: shared.sql, close: shared.end };
}
