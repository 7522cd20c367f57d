// Prisma CLI configuration. Only `prisma generate` is used from the CLI: it needs no database,
// but Prisma looks for a native schema engine it would otherwise download, so we point it at an
// existing executable. Migrations run through the WASM schema engine (scripts/db.ts).
import path from 'node:path';
import { defineConfig } from 'prisma/config';

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
});
