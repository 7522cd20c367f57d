// Changes a member of staff makes to their own sign-in (second factor, passkeys): each is confirmed
// first, by the current password or a fresh code from their app, then audited and emailed to them.
import 'server-only';
import type { z } from 'zod';
import type { ActionState } from '../action-state';
import { confirmPasswordOrCode } from './current-password';
import { accountAction } from './guarded-action';
import { recordStaffAudit } from '../data/audit';
import { secondFactorRequired } from '../data/staff/security-settings';
import type { StaffIdentity, ValidSession } from '../data/staff/sessions';
import { queueSecurityNotice, twoFactorStatus } from '../data/staff/two-factor';
import { normaliseTotpCode } from '../security/totp';
import type { confirmPasswordSchema } from '../validations/staff';

type Confirmed<S extends z.ZodType> = (data: z.output<S>, session: ValidSession) => Promise<ActionState>;

// An account action that runs only once the person is confirmed (wrong answers count toward the pause).
export function behindConfirmation<S extends typeof confirmPasswordSchema>(schema: S, fn: Confirmed<S>) {
  return accountAction(schema, async (data, values, session) => {
    if (await confirmPasswordOrCode(session.user, data.currentPassword)) return fn(data, session);
    const wrong = normaliseTotpCode(data.currentPassword)
      ? 'That code is not right, or has been used already. Enter your password, or the code your app shows now.'
      : 'Your current password is not right';
    return { status: 'error', fieldErrors: { currentPassword: wrong }, values };
  });
}

// Writes the change to the audit log and emails the account holder what changed.
export async function accountChanged(
  user: StaffIdentity,
  action: string,
  change: string,
  detail?: Record<string, string>,
) {
  await recordStaffAudit(user, { action, detail });
  await queueSecurityNotice(user, change, `${action}:${Date.now()}`);
}

// Why removing one of the account's second factors is refused (it is the last, and the rules
// require one), or null when it may go.
export async function lastFactorRefusal(userId: string, removing: 'app' | 'passkey'): Promise<string | null> {
  const { totpEnabledAt, passkeys } = await twoFactorStatus(userId);
  const left = (totpEnabledAt ? 1 : 0) + passkeys - 1;
  if (left > 0 || !(await secondFactorRequired())) return null;
  const other = removing === 'app' ? 'a passkey' : 'another passkey or an authenticator app';
  return `Two-factor sign-in is required for everyone, so you can’t remove your only second factor. Add ${other} first.`;
}
