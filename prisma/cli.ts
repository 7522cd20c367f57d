// `npm run db:migrate` and `npm run db:migration -- <name>`: Prisma's migrate commands,
// run through the WASM schema engine because the native one cannot be downloaded here.
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, renameSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseDatabaseUrl } from '../lib/config/database-url';
import { openDatabase } from '../lib/db/adapters';
import { loadDump, type Sql, writeDump } from '../lib/db/dump';
import { applyMigrations, diffSchemaAgainstMigrations } from '../lib/db/migrate';
import { MIGRATIONS_DIR } from '../lib/db/schema-engine';
import { PrismaClient } from '../lib/generated/prisma/client';

async function migrate() {
  const config = parseDatabaseUrl(process.env.DATABASE_URL);
  const where = config.kind === 'pglite' ? `PGlite at ${config.dir}` : `PostgreSQL at ${config.display}`;
  const { factory, close } = await openDatabase(config);
  try {
    const applied = await applyMigrations(factory);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${where}:\n${applied.map((n) => `  ${n}`).join('\n')}`
        : `${where} is up to date; no migration to apply.`,
    );
  } finally {
    await close();
  }
}

async function newMigration(rawName: string | undefined) {
  const name = (rawName ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  if (!name) throw new Error('Name the migration: npm run db:migration -- <name>');
  const sql = await diffSchemaAgainstMigrations();
  if (!sql.trim()) {
    console.log('schema.prisma matches the migrations folder; no migration written.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), sql);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

// Opens DATABASE_URL and runs `work` in one repeatable-read transaction (one consistent snapshot).
async function inSnapshot<T>(work: (sql: Sql, where: string) => Promise<T>): Promise<T> {
  const config = parseDatabaseUrl(process.env.DATABASE_URL);
  const where = config.kind === 'pglite' ? `PGlite at ${config.dir}` : `PostgreSQL at ${config.display}`;
  const { factory, close } = await openDatabase(config);
  const client = new PrismaClient({ adapter: factory });
  try {
    return await client.$transaction(
      (tx) => work((statement, ...params) => tx.$queryRawUnsafe(statement, ...params), where),
      {
        isolationLevel: 'RepeatableRead',
        maxWait: 60_000,
        timeout: 60 * 60_000,
      },
    );
  } finally {
    await client.$disconnect();
    await close();
  }
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const table = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([t, n]) => `  ${t.padEnd(28)} ${n}`)
    .join('\n');

// `npm run db:export -- <file>`: written to <file>.partial, renamed once complete.
async function exportDump(file: string | undefined) {
  if (!file) throw new Error('Name the file: npm run db:export -- <file>');
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { mode: 0o600 });
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  const { counts, where } = await inSnapshot(async (sql, where) => ({
    counts: await writeDump(sql, where, write),
    where,
  }));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  renameSync(partial, file);
  console.log(`Exported ${total(counts)} rows from ${where} to ${file}:\n${table(counts)}`);
}

// `npm run db:import -- <file>`: into the empty, migrated database DATABASE_URL names; all or nothing.
async function importDump(file: string | undefined) {
  if (!file || !existsSync(file))
    throw new Error(`No such file: ${file ?? '(none named)'}. Usage: npm run db:import -- <file>`);
  // Made only once the transaction is open: lines read before anyone iterates them would be lost.
  const lines = () => createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const { counts, where } = await inSnapshot(async (sql, where) => ({ counts: await loadDump(sql, lines()), where }));
  console.log(`Imported ${total(counts)} rows into ${where}; each table's count matches the dump:\n${table(counts)}`);
}

const [command, arg] = process.argv.slice(2);
const commands: Record<string, (arg?: string) => Promise<void>> = {
  migrate,
  migration: newMigration,
  export: exportDump,
  import: importDump,
};
const run = command && commands[command] ? commands[command](arg) : undefined;
if (!run) {
  console.error('Usage: tsx prisma/cli.ts migrate | migration <name> | export <file> | import <file>');
  process.exit(64);
}
run.catch((error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
