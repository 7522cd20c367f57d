// The first admin account: never a default password. Either ADMIN_EMAIL and ADMIN_PASSWORD create
// it at start, or a one-time set-up link, valid for 24 hours, is written to SETUP_LINK_FILE (readable
// by this user only): a link in the log would reach every log collector.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { countStaff, createFirstAdmin, createFirstAdminLink } from '../data/staff/accounts';
import { env } from '../env';
import { hashPassword } from './password';
import { log } from '../log/logger';

// Called at start (instrumentation.ts) once the database is ready; does nothing once staff exist.
export async function ensureFirstAdmin(): Promise<void> {
  if ((await countStaff()) > 0) {
    rmSync(env.SETUP_LINK_FILE, { force: true });
    return;
  }
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    const created = await createFirstAdmin({
      email: env.ADMIN_EMAIL.toLowerCase(),
      name: env.ADMIN_NAME,
      passwordHash: await hashPassword(env.ADMIN_PASSWORD),
    });
    if (created)
      log.info(
        'Created the first admin account (ADMIN_EMAIL). You can now remove ADMIN_PASSWORD from the environment.',
      );
    return;
  }
  if (env.ADMIN_EMAIL || env.ADMIN_PASSWORD) {
    log.warn(
      'Set both ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin at start; using a set-up link instead.',
    );
  }
  const link = await createFirstAdminLink();
  mkdirSync(path.dirname(env.SETUP_LINK_FILE), { recursive: true });
  writeFileSync(env.SETUP_LINK_FILE, `${link}\n`, { mode: 0o600 });
  log.info(
    { file: env.SETUP_LINK_FILE },
    `No back-office account exists yet: open the one-time link in ${env.SETUP_LINK_FILE} within 24 hours.`,
  );
}
