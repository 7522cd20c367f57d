// A portable copy of the whole database, for backups and for moving from the embedded database to
// PostgreSQL: every table's rows as PostgreSQL's own JSON (json_agg, so every type comes back exactly
// by json_populate_recordset), read in one repeatable-read snapshot, in an order that loads cleanly.
//   line 1      {"format":"lumina-dump","version":1,"migrations":[...],...}
//   then        rows<TAB>"Table"<TAB>[ ...up to 1,000 rows as JSON... ]
//   last line   {"end":true,"counts":{"Table":n,...}}
import type { Sql } from './adapters';
import { loadOrder, type ForeignKey, type LoadPlan } from './load-order';

// Each `sql` below runs its statement on the open transaction.
export type { Sql };

export const DUMP_FORMAT = 'lumina-dump';
const PAGE = 1_000;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export class DumpError extends Error {
  override name = 'DumpError';
}

export type DumpHeader = { format: string; version: number; exportedAt: string; source: string; migrations: string[] };

// The migrations applied to the database (a dump loads only into one with exactly the same).
export async function appliedMigrations(sql: Sql): Promise<string[]> {
  const [table] = await sql<{ found: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS found`);
  if (!table?.found)
    throw new DumpError('The database has no migrations applied: run npm run db:migrate against it first.');
  const rows = await sql<{ name: string }>(
    `SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

// The site's tables (not Prisma's migration history) and how they must be loaded.
export async function plan(sql: Sql): Promise<LoadPlan> {
  const tables = await sql<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`,
  );
  const keys = await sql<ForeignKey>(
    `SELECT c.relname AS "table", r.relname AS "references", array_agg(a.attname::text ORDER BY k.ord) AS columns,
       bool_and(NOT a.attnotnull) AS nullable
     FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class r ON r.oid = f.confrelid
     JOIN LATERAL unnest(f.conkey) WITH ORDINALITY AS k(attnum, ord) ON true
     JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.attnum
     WHERE f.contype = 'f' AND f.connamespace = current_schema()::regnamespace
     GROUP BY f.oid, c.relname, r.relname`,
  );
  return loadOrder(
    tables.map((t) => t.name),
    keys,
  );
}

// Writes the dump through `write` (one call per line, newline included), `page` rows to a line; returns the row counts.
export async function writeDump(
  sql: Sql,
  source: string,
  write: (line: string) => Promise<void>,
  page = PAGE,
): Promise<Record<string, number>> {
  const header: DumpHeader = {
    format: DUMP_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    source,
    migrations: await appliedMigrations(sql),
  };
  await write(`${JSON.stringify(header)}\n`);
  const counts: Record<string, number> = {};
  for (const table of (await plan(sql)).order) {
    counts[table] = 0;
    for (let offset = 0; ; offset += page) {
      const [part] = await sql<{ rows: string | null; n: number }>(
        `SELECT json_agg(t)::text AS rows, count(*)::int AS n FROM (SELECT * FROM ${quote(table)} ORDER BY ctid LIMIT ${page} OFFSET ${offset}) t`,
      );
      if (!part?.rows) break;
      counts[table] += part.n;
      // json_agg puts a line break between rows; in JSON text a raw line break is only ever spacing.
      await write(`rows\t${JSON.stringify(table)}\t${part.rows.replace(/[\r\n]/g, '')}\n`);
      if (part.n < page) break;
    }
  }
  await write(`${JSON.stringify({ end: true, counts })}\n`);
  return counts;
}

// Loads a dump, line by line, into an empty database at the same migration; returns the counts it loaded.
export async function loadDump(sql: Sql, lines: AsyncIterable<string>): Promise<Record<string, number>> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as DumpHeader);
  if (header?.format !== DUMP_FORMAT || header.version !== 1)
    throw new DumpError('This file is not a Lumina database dump (npm run db:export).');
  const here = await appliedMigrations(sql);
  if (here.join() !== header.migrations.join()) {
    const missing = header.migrations.filter((m) => !here.includes(m));
    throw new DumpError(
      missing.length
        ? `The database lacks migrations the dump was made with (${missing.join(', ')}): run npm run db:migrate first.`
        : 'The database has migrations the dump was not made with: load it with the version of the site that wrote it.',
    );
  }
  const { order, deferred } = await plan(sql);
  for (const table of order) {
    const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`);
    if (row!.n > 0)
      throw new DumpError(`The database is not empty (${table} has ${row!.n} rows): load a dump only into a new one.`);
  }
  const counts: Record<string, number> = {};
  const later: { table: string; rows: string }[] = [];
  let ended = false;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const line = next.value;
    if (!line) continue;
    if (!line.startsWith('rows\t')) {
      const footer = JSON.parse(line) as { end?: boolean; counts?: Record<string, number> };
      const expected = footer.counts ?? {};
      const same = Object.keys({ ...expected, ...counts }).every((t) => (expected[t] ?? 0) === (counts[t] ?? 0));
      if (footer.end !== true || !same)
        throw new DumpError('The dump is incomplete or altered: its row counts do not match its rows.');
      Object.assign(counts, { ...expected, ...counts });
      ended = true;
      continue;
    }
    const tab = line.indexOf('\t', 5);
    const table = JSON.parse(line.slice(5, tab)) as string;
    const rows = line.slice(tab + 1);
    if (!order.includes(table)) throw new DumpError(`The dump has a table this database does not: ${table}`);
    const empty = deferred.filter((d) => d.table === table).flatMap((d) => d.columns);
    const columns = await columnsOf(sql, table);
    const select = columns.map((c) => (empty.includes(c) ? 'NULL' : quote(c))).join(', ');
    const inserted = await sql<{ n: number }>(
      `WITH loaded AS (INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')})
       SELECT ${select} FROM json_populate_recordset(NULL::${quote(table)}, $1::json) RETURNING 1) SELECT count(*)::int AS n FROM loaded`,
      rows,
    );
    counts[table] = (counts[table] ?? 0) + inserted[0]!.n;
    if (empty.length) later.push({ table, rows });
  }
  if (!ended) throw new DumpError('The dump ends before its last line: it was cut short.');
  for (const { table, rows } of later)
    await fillDeferred(
      sql,
      table,
      deferred.filter((d) => d.table === table).flatMap((d) => d.columns),
      rows,
    );
  await resetSequences(sql);
  return counts;
}

async function columnsOf(sql: Sql, table: string): Promise<string[]> {
  const rows = await sql<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    table,
  );
  return rows.map((r) => r.name);
}

// Fills in the keys a cycle left empty, matching rows by primary key.
async function fillDeferred(sql: Sql, table: string, columns: string[], rows: string) {
  const keys = await sql<{ name: string }>(
    `SELECT a.attname::text AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary`,
    quote(table),
  );
  const set = columns.map((c) => `${quote(c)} = d.${quote(c)}`).join(', ');
  const match = keys.map((k) => `t.${quote(k.name)} = d.${quote(k.name)}`).join(' AND ');
  await sql(
    `UPDATE ${quote(table)} t SET ${set} FROM json_populate_recordset(NULL::${quote(table)}, $1::json) d WHERE ${match}`,
    rows,
  );
}

// Moves every id sequence past the highest id loaded, so new rows never collide with old ones.
async function resetSequences(sql: Sql) {
  const serials = await sql<{ table: string; column: string }>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const { table, column } of serials) {
    await sql(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
      quote(table),
      column,
    );
  }
}
