import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, diffSchemaAgainstMigrations, MigrationError } from './migrate';
import { MIGRATIONS_DIR, readMigrationList } from './schema-engine';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';

let db: TestDatabase;
let folder: string;

async function query<T>(sql: string): Promise<T[]> {
  const conn = await db.factory.connect();
  try {
    const result = await conn.queryRaw({ sql, args: [], argTypes: [] });
    return result.rows.map((row) => Object.fromEntries(result.columnNames.map((c, i) => [c, row[i]])) as T);
  } finally {
    await conn.dispose();
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  folder = await mkdtemp(path.join(tmpdir(), 'lumina-migrations-'));
  await cp(MIGRATIONS_DIR, folder, { recursive: true });
});

afterAll(async () => {
  await db?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe(`migrations on ${process.env.TEST_DB}`, () => {
  it('applies every migration in the folder to an empty database', async () => {
    const { migrationDirectories } = await readMigrationList();
    expect(migrationDirectories.length).toBeGreaterThan(0);
    const applied = await applyMigrations(db.factory, folder);
    expect(applied).toEqual(migrationDirectories.map((m) => m.path));
    const tables = await query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['ConsentRecord', 'Enquiry', 'QuoteRequest', 'Subscriber', '_prisma_migrations']),
    );
  });

  it('is idempotent: a second run applies nothing and records nothing new', async () => {
    const before = await query<{ n: number }>('SELECT count(*)::int AS n FROM _prisma_migrations');
    expect(await applyMigrations(db.factory, folder)).toEqual([]);
    expect(await query<{ n: number }>('SELECT count(*)::int AS n FROM _prisma_migrations')).toEqual(before);
  });

  it('rolls a failing migration back whole and names it, then applies it once fixed', async () => {
    const name = '29990101000000_broken';
    await mkdir(path.join(folder, name));
    const sql = path.join(folder, name, 'migration.sql');
    await writeFile(sql, 'CREATE TABLE "Half" (id int);\nALTER TABLE "DoesNotExist" ADD COLUMN x int;\n');

    const failure = await applyMigrations(db.factory, folder).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migration).toBe(name);
    expect((failure as Error).message).toMatch(/Migration "29990101000000_broken" failed and was rolled back/);
    expect((failure as Error).message).toMatch(/DoesNotExist/);
    expect(await query("SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'")).toEqual([]);

    await writeFile(sql, 'CREATE TABLE "Half" (id int);\n');
    expect(await applyMigrations(db.factory, folder)).toEqual([name]);
    expect(await query("SELECT 1 AS one FROM information_schema.tables WHERE table_name = 'Half'")).toEqual([
      { one: 1 },
    ]);
  });

  it('finds schema.prisma and the migrations folder in step (no migration left to write)', async () => {
    expect(await diffSchemaAgainstMigrations()).toBe('');
  });
});
