import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      '@': root,
      // Server-only modules are imported directly by data-layer tests, outside React's server build.
      'server-only': path.join(root, 'lib/testing/server-only-stub.ts'),
    },
  },
};

// Three lanes: pure units, then the data layer once on PGlite and once on PostgreSQL.
export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'prisma/**/*.test.ts'],
          exclude: ['**/*.db.test.ts'],
        },
      },
      {
        ...shared,
        test: {
          name: 'db-pglite',
          include: ['lib/**/*.db.test.ts'],
          env: { TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: 'db-postgres',
          include: ['lib/**/*.db.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['lib/testing/require-postgres.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
