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
    /** GA4 measurement id, e.g. G-ABC123XYZ. Unset: no analytics at all, whatever visitors choose. */
    GA_MEASUREMENT_ID: z
      .string()
      .regex(/^G-[A-Z0-9]{4,16}$/, 'GA_MEASUREMENT_ID must look like G-ABC123XYZ')
      .optional(),
    /** Salt for the IP and user-agent hashes kept with consent records. Set a long random value in production. */
    CONSENT_HASH_SALT: z.string().min(16, 'CONSENT_HASH_SALT must be at least 16 characters').default('lumina-development-salt'),
  },
  client: {},
  runtimeEnv: {
    DATABASE_URL: process.env.DATABASE_URL,
    GA_MEASUREMENT_ID: process.env.GA_MEASUREMENT_ID,
    CONSENT_HASH_SALT: process.env.CONSENT_HASH_SALT,
  },
  emptyStringAsUndefined: true,
});
