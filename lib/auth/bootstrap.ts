// The first admin account: never a default password. Either ADMIN_EMAIL and ADMIN_PASSWORD create
// it at start, or a one-time set-up link is printed to the server log, valid for 24 hours.
import { countStaff, createFirstAdmin, createFirstAdminLink } from '../data/staff';
import { env } from '../env';
import { hashPassword } from './password';

// Called at start (instrumentation.ts) once the database is ready; does nothing once staff exist.
export async function ensureFirstAdmin(): Promise<void> {
  if ((await countStaff()) > 0) return;
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    const created = await createFirstAdmin({
      email: env.ADMIN_EMAIL.toLowerCase(),
      name: env.ADMIN_NAME,
      passwordHash: await hashPassword(env.ADMIN_PASSWORD),
    });
    if (created) console.info(`Created the first admin account, ${env.ADMIN_EMAIL}. You can now remove ADMIN_PASSWORD from the environment.`);
    return;
  }
  if (env.ADMIN_EMAIL || env.ADMIN_PASSWORD) {
    console.error('Set both ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin at start; using a set-up link instead.');
  }
  const link = await createFirstAdminLink();
  console.info(`No back-office account exists yet. Create the first admin within 24 hours at:\n  ${link}`);
}
