// Environment variables, parsed and checked once; nothing else reads process.env.
import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';
import { DatabaseUrlError, parseDatabaseUrl } from './config/database-url';
import { weakSecretReason } from './config/secret-strength';

// A secret the operator may set; unset, the site makes its own. A value it can be told is unsafe stops the start.
const secret = (name: string) =>
  z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const reason = value === undefined ? null : weakSecretReason(value);
      if (reason)
        ctx.addIssue({
          code: 'custom',
          message: `${name} ${reason}. Set it to a long random value (openssl rand -base64 32), the same on every instance, or unset it to let the site make one.`,
        });
    });

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
    /** Unset: made at first start and kept in the database (shared by every instance); see lib/data/site/secrets.ts. */
    CONSENT_HASH_SALT: secret('CONSENT_HASH_SALT'),
    FORM_SECRET: secret('FORM_SECRET'),
    UNSUBSCRIBE_SECRET: secret('UNSUBSCRIBE_SECRET'),
    /** The unsubscribe secret before the last rotation: its links keep working for a stated period. */
    UNSUBSCRIBE_SECRET_PREVIOUS: secret('UNSUBSCRIBE_SECRET_PREVIOUS'),
    SUPPRESSION_SALT: secret('SUPPRESSION_SALT'),
    CONSENT_COOKIE_SECRET: secret('CONSENT_COOKIE_SECRET'),
    LINK_SEALING_SECRET: secret('LINK_SEALING_SECRET'),
    /** How many proxies of the operator's own (load balancer, CDN) stand in front of the site; 0: clients connect directly. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    SETUP_LINK_FILE: z.string().min(1).default('.data/first-admin-setup-link.txt'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** A form sent sooner than this after it was shown is treated as spam. */
    FORM_MIN_FILL_MS: z.coerce.number().int().min(0).default(3_000),
    /** Form submissions allowed per IP address, and per email address, per hour. */
    FORM_LIMIT_PER_IP: z.coerce.number().int().min(1).default(10),
    FORM_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(3),
    /** The site's public address, used for links in emails, e.g. https://www.luminaenergy.co.uk */
    SITE_URL: z
      .url({ protocol: /^https?$/, error: 'SITE_URL must be an http(s) address, like https://www.luminaenergy.co.uk' })
      .transform((v) => v.replace(/\/+$/, ''))
      .default('http://localhost:3000'),
    /** Sender of every email, e.g. "Lumina Energy <info@luminaenergy.co.uk>". */
    MAIL_FROM: z
      .string()
      .regex(
        /^[^\r\n<>]*<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/,
        'MAIL_FROM must be an address, like Lumina Energy <info@luminaenergy.co.uk>',
      )
      .default('Lumina Energy <info@luminaenergy.co.uk>'),
    /** Where the team is told about each new enquiry and quote request. */
    STAFF_NOTIFICATION_TO: z
      .email({ error: 'STAFF_NOTIFICATION_TO must be an email address' })
      .default('info@luminaenergy.co.uk'),
    /** smtp(s)://user:password@host:port. Unset: emails stay in the outbox, readable in the admin Mailbox. */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'SMTP_URL must look like smtp://user:password@mail.example.com:587' })
      .optional(),
    /** How often each instance looks for emails to send. */
    OUTBOX_POLL_MS: z.coerce.number().int().min(100).default(5_000),
    /** Wait before the first retry of an email that failed; it doubles each time, up to six hours. */
    OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(100).default(30_000),
    /** How often each instance checks data-request deadlines and whether today's retention purge has run. */
    HOUSEKEEPING_INTERVAL_MS: z.coerce
      .number()
      .int()
      .min(1_000)
      .default(15 * 60 * 1000),
    /** First admin, created at start only while no staff account exists; remove the password afterwards. */
    ADMIN_EMAIL: z.email({ error: 'ADMIN_EMAIL must be an email address' }).optional(),
    ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').max(256).optional(),
    ADMIN_NAME: z.string().max(100).default('Administrator'),
  },
  client: {},
  runtimeEnv: {
    DATABASE_URL: process.env.DATABASE_URL,
    GA_MEASUREMENT_ID: process.env.GA_MEASUREMENT_ID,
    CONSENT_HASH_SALT: process.env.CONSENT_HASH_SALT,
    FORM_SECRET: process.env.FORM_SECRET,
    UNSUBSCRIBE_SECRET: process.env.UNSUBSCRIBE_SECRET,
    SUPPRESSION_SALT: process.env.SUPPRESSION_SALT,
    UNSUBSCRIBE_SECRET_PREVIOUS: process.env.UNSUBSCRIBE_SECRET_PREVIOUS,
    CONSENT_COOKIE_SECRET: process.env.CONSENT_COOKIE_SECRET,
    LINK_SEALING_SECRET: process.env.LINK_SEALING_SECRET,
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS,
    LOG_LEVEL: process.env.LOG_LEVEL,
    SETUP_LINK_FILE: process.env.SETUP_LINK_FILE,
    FORM_MIN_FILL_MS: process.env.FORM_MIN_FILL_MS,
    FORM_LIMIT_PER_IP: process.env.FORM_LIMIT_PER_IP,
    FORM_LIMIT_PER_EMAIL: process.env.FORM_LIMIT_PER_EMAIL,
    SITE_URL: process.env.SITE_URL,
    MAIL_FROM: process.env.MAIL_FROM,
    SMTP_URL: process.env.SMTP_URL,
    STAFF_NOTIFICATION_TO: process.env.STAFF_NOTIFICATION_TO,
    OUTBOX_POLL_MS: process.env.OUTBOX_POLL_MS,
    OUTBOX_RETRY_BASE_MS: process.env.OUTBOX_RETRY_BASE_MS,
    HOUSEKEEPING_INTERVAL_MS: process.env.HOUSEKEEPING_INTERVAL_MS,
    ADMIN_EMAIL: process.env.ADMIN_EMAIL,
    ADMIN_PASSWORD: process.env.ADMIN_PASSWORD,
    ADMIN_NAME: process.env.ADMIN_NAME,
  },
  emptyStringAsUndefined: true,
});
