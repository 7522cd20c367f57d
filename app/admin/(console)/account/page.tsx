import type { Metadata } from 'next';
import { AccountSecurity } from '@/components/admin/account-security';
import { ChangePasswordForm } from '@/components/admin/change-password-form';
import { signOutEverywhere } from '@/lib/actions/admin/account';
import { requireStaff } from '@/lib/auth/current';
import { accountSecurity } from '@/lib/data/staff/two-factor';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Your account' };

const SIGNED_OUT_ELSEWHERE = 'and you have been signed out on every other device.';
const NOTICES: Record<string, string> = {
  changed: `Your password has been changed, ${SIGNED_OUT_ELSEWHERE}`,
  'added:authenticator': `Your authenticator app is set up, ${SIGNED_OUT_ELSEWHERE}`,
  'added:passkey': `Your passkey has been added, ${SIGNED_OUT_ELSEWHERE}`,
  'removed:authenticator': 'Your authenticator app has been removed.',
  'removed:passkey': 'Your passkey has been removed.',
};

type Search = Promise<{ changed?: string; added?: string; removed?: string }>;

// The person's own account: details, two-factor sign-in, password and sessions. An account that
// the rules require to add a second factor can open only this page until it has.
export default async function AccountPage({ searchParams }: { searchParams: Search }) {
  const { user, expiresAt, secondFactorMissing } = await requireStaff({ settingUp: true });
  const { changed, added, removed } = await searchParams;
  const notice = NOTICES[changed ? 'changed' : added ? `added:${added}` : removed ? `removed:${removed}` : ''];
  const { status, passkeys } = await accountSecurity(user.id);
  return (
    <>
      <h1>Your account</h1>
      {secondFactorMissing ? (
        <div className="panel-warning" role="alert" data-testid="second-factor-required">
          <p>
            <strong>Two-factor sign-in is required for everyone at Lumina.</strong> Add a passkey or an authenticator
            app below to carry on. Until you do, this page is the only part of the back office you can open.
          </p>
        </div>
      ) : null}
      {notice ? (
        <p className="panel-success" role="status">
          {notice}
        </p>
      ) : null}
      <dl className="details">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role === 'ADMIN' ? 'Admin' : 'Staff'}</dd>
        <dt>This session ends</dt>
        <dd>{formatDateTime(expiresAt)}, or after 12 hours without use</dd>
      </dl>
      <AccountSecurity status={status} passkeys={passkeys} />
      <h2>Change your password</h2>
      <ChangePasswordForm />
      <h2>Sign out everywhere</h2>
      <p>
        Signs you out on every device and browser, including this one. Use it if you have lost a device or used a shared
        one.
      </p>
      <form action={signOutEverywhere}>
        <button type="submit" className="button">
          Sign out everywhere
        </button>
      </form>
    </>
  );
}
