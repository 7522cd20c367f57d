// `npm run db:migrate` and `npm run db:migration -- <name>`: Prisma's migrate commands,
// run through the WASM schema engine because the native one cannot be downloaded here.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../lib/db/adapters';
import { parseDatabaseUrl } from '../lib/db/database-url';
import { applyMigrations, diffSchemaAgainstMigrations } from '../lib/db/migrate';
import { MIGRATIONS_DIR } from '../lib/db/schema-engine';

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
  const name = (rawName ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
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

const [command, arg] = process.argv.slice(2);
const run = command === 'migrate' ? migrate() : command === 'migration' ? newMigration(arg) : undefined;
if (!run) {
  console.error('Usage: tsx prisma/cli.ts migrate | migration <name>');
  process.exit(64);
}
run.catch((error: unknown) => {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
