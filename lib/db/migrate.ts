// Applies pending migrations, and writes new ones, through Prisma's WASM schema engine.
import { readFile } from 'node:fs/promises';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { openDatabase } from './adapters';
import { MIGRATIONS_DIR, openSchemaEngine, readMigrationList, SCHEMA_PATH } from './schema-engine';
import { IN_MEMORY } from '../config/database-url';

const NO_FILTER = { externalTables: [], externalEnums: [] };

export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    message: string,
    readonly migration: string | undefined,
  ) {
    super(message);
  }
}

// Applies every migration not yet recorded in _prisma_migrations; returns the names it applied.
// A failing migration is rolled back by PostgreSQL (one script, one transaction), then marked
// rolled back so the database is as it was and the next attempt can retry it.
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir = MIGRATIONS_DIR,
): Promise<string[]> {
  const migrationsList = await readMigrationList(migrationsDir);
  const { engine, close: closeEngine } = await openSchemaEngine(factory);
  try {
    const before = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    const pending = before.history?.diagnostic === 'databaseIsBehind' ? before.history.unappliedMigrationNames : [];
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      return appliedMigrationNames;
    } catch (error) {
      const after = await engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters: NO_FILTER,
      });
      const failed = after.failedMigrationNames.find((name) => pending.includes(name)) ?? after.failedMigrationNames[0];
      if (failed) await engine.markMigrationRolledBack({ migrationName: failed });
      const reason = describeEngineError(error);
      throw new MigrationError(
        failed ? `Migration "${failed}" failed and was rolled back: ${reason}` : `Migrations failed: ${reason}`,
        failed,
      );
    }
  } finally {
    await closeEngine();
  }
}

// The engine's messages carry a Rust backtrace and a generic first line; keep the cause.
function describeEngineError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n   0: ')[0] ?? message).replace(/^external connector error\n/, '').trim();
}

// The SQL that takes the migrations folder to the current schema.prisma ('' when nothing changed).
// It diffs on a throwaway in-memory PGlite, so it needs no running database.
export async function diffSchemaAgainstMigrations(): Promise<string> {
  const migrationsList = await readMigrationList();
  const { factory, close } = await openDatabase({ kind: 'pglite', dir: IN_MEMORY });
  const { engine, close: closeEngine } = await openSchemaEngine(factory);
  try {
    const schema = await readFile(SCHEMA_PATH, 'utf8');
    const from = migrationsList.migrationDirectories.length
      ? ({ tag: 'migrations', ...migrationsList } as const)
      : ({ tag: 'empty' } as const);
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  } finally {
    await closeEngine();
    await close();
  }
}
