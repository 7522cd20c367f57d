// Loads Prisma's WASM schema engine and runs migrations through a driver adapter.
// Prisma's CLI would download a native engine; this needs nothing beyond node_modules.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

export const PRISMA_DIR = path.join(process.cwd(), 'prisma');
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

type EngineModule = typeof import('@prisma/schema-engine-wasm');
let enginePromise: Promise<EngineModule> | undefined;

// Instantiates the engine's .wasm ourselves: the package imports it as an ES module, which Node can't.
function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(process.cwd(), 'node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm');
    const bytes = await readFile(/*turbopackIgnore: true*/ wasmPath);
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return enginePromise;
}

// Reads prisma/migrations into the shape the engine expects (it never touches the disk itself).
export async function readMigrationList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(dir, 'migration_lock.toml');
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const content = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, 'migration.sql'), 'utf8').then(
        (value) => ({ tag: 'ok' as const, value }),
        (error: Error) => ({ tag: 'error' as const, value: error.message }),
      );
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: await readFile(/*turbopackIgnore: true*/ lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

export type EngineSession = { engine: SchemaEngine; close: () => Promise<void> };

// Opens an engine bound to a database through the given migration-aware adapter factory.
// The engine never releases the connections it opens (freeing it leaves a pooled connection
// holding its advisory lock), so close() disposes every adapter it was handed.
export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => {},
): Promise<EngineSession> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readFile(/*turbopackIgnore: true*/ SCHEMA_PATH, 'utf8');
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => (opened.push(adapter), adapter);
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect().then(track),
    connectToShadowDb: () => factory.connectToShadowDb().then(track),
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (line: string) => log(line),
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}
