// Environment variables, parsed and checked once; nothing else reads process.env.
import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';
import { DatabaseUrlError, parseDatabaseUrl } from './db/database-url';

export const env = createEnv({
  server: {
    /** Unset: embedded PGlite in ./.data/pglite; "pglite:<dir>"; or "postgres://...". */
    DATABASE_URL: z
      .string()
      .optional()
      .transform((value, ctx) => {
        try {
          return parseDatabaseUrl(value);
        } catch (error) {
          if (!(error instanceof DatabaseUrlError)) throw error;
          ctx.addIssue({ code: 'custom', message: error.message });
          return z.NEVER;
        }
      }),
  },
  client: {},
  runtimeEnv: {
    DATABASE_URL: process.env.DATABASE_URL,
  },
  emptyStringAsUndefined: true,
});
