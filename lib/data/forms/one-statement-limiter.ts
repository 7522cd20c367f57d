// rate-limiter-flexible's Prisma store, counting a point in one statement instead of two. The stock
// store deletes an ended window, then upserts (two round trips on every form sent and every failed
// sign-in); this does both in one upsert that starts the window again when it has ended, the way
// the library's own PostgreSQL store does. Blocks, reads and clean-up stay the library's.
import { RateLimiterPrisma } from 'rate-limiter-flexible';
import type { Sql } from '../../db/adapters';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';

type Row = { points: number; expire: Date | null };
type Upsert = (key: string, points: number, ms: number, force?: boolean) => Promise<Row>;
const stockUpsert = (RateLimiterPrisma.prototype as unknown as { _upsert: Upsert })._upsert;

/** A RateLimiterPrisma on the RateLimiterFlexible table whose consume is one statement. */
export class OneStatementLimiter extends RateLimiterPrisma {
  // The store's write, which the library calls for consume, penalty, reward and block. A block
  // (`force`) sets the window outright: the stock store already does that in one upsert.
  _upsert(key: string, points: number, ms: number, force = false): Promise<Row> {
    if (force) return stockUpsert.call(this, key, points, ms, true);
    const db = (this as unknown as { prismaClient: PrismaClient }).prismaClient;
    const now = new Date();
    const expire = ms > 0 ? new Date(now.getTime() + ms) : null;
    return db.$queryRaw<Row[]>`
      INSERT INTO "RateLimiterFlexible" ("key", "points", "expire")
      VALUES (${key}, ${points}, ${expire}::timestamptz)
      ON CONFLICT ("key") DO UPDATE SET
        "points" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now}::timestamptz THEN EXCLUDED."points"
                   ELSE "RateLimiterFlexible"."points" + EXCLUDED."points" END,
        "expire" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now}::timestamptz THEN EXCLUDED."expire"
                   ELSE "RateLimiterFlexible"."expire" END
      RETURNING "points", "expire"`.then((rows) => rows[0]!);
  }
}

/** One counter of a chain: its stored key (prefix included), its limit, and its window. */
export type ChainedCounter = { stored: string; points: number; windowMs: number };

// Counts a point on each counter in turn, in one statement: a counter is counted only while every one
// before it is within its limit, as consuming them one by one would. Returns each counter's points and
// window end, by position (undefined for a counter left uncounted). Every form sent runs it, so it goes
// straight to the pool: through Prisma's $queryRaw it cost several times the statement's own CPU.
export async function consumeChain(
  sql: Sql,
  counters: ChainedCounter[],
  now = new Date(),
): Promise<(Row | undefined)[]> {
  if (!counters.length) return [];
  const ctes = counters.map(({ stored, windowMs }, i) => {
    const expire = new Date(now.getTime() + windowMs);
    const prev = counters[i - 1];
    // A limit may be past a 32-bit integer (a configuration meaning "no limit"): it is compared as a bigint.
    const before = Prisma.raw(`c${i - 1}`);
    const gate = prev ? Prisma.sql`WHERE (SELECT "points" FROM ${before}) <= ${prev.points}::bigint` : Prisma.empty;
    return Prisma.sql`${Prisma.raw(`c${i}`)} AS (
      INSERT INTO "RateLimiterFlexible" ("key", "points", "expire")
      SELECT ${stored}, 1, ${expire}::timestamptz ${gate}
      ON CONFLICT ("key") DO UPDATE SET
        "points" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now}::timestamptz THEN 1
                   ELSE "RateLimiterFlexible"."points" + 1 END,
        "expire" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now}::timestamptz THEN EXCLUDED."expire"
                   ELSE "RateLimiterFlexible"."expire" END
      RETURNING "points", "expire")`;
  });
  const rows = counters.map(
    (_, i) => Prisma.sql`SELECT ${i}::int AS "i", "points", "expire" FROM ${Prisma.raw(`c${i}`)}`,
  );
  const statement = Prisma.sql`WITH ${Prisma.join(ctes, ',\n')} ${Prisma.join(rows, ' UNION ALL ')}`;
  const found = await sql<Row & { i: number }>(statement.text, ...statement.values);
  return counters.map((_, i) => found.find((row) => row.i === i));
}
