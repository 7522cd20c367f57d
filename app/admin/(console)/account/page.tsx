import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/admin/change-password-form';
import { PasswordConfirmedForm } from '@/components/admin/two-factor-forms';
import { signOutEverywhere } from '@/lib/actions/admin/account';
import { createRecoveryCodes, removeAuthenticator, startAuthenticatorSetup } from '@/lib/actions/admin/two-factor';
import { requireStaff } from '@/lib/auth/current';
import { twoFactorStatus } from '@/lib/data/staff-two-factor';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Your account' };

const NOTICES: Record<string, string> = {
  changed: 'Your password has been changed, and you have been signed out on every other device.',
  added: 'Your authenticator app is set up, and you have been signed out on every other device.',
  removed: 'Your authenticator app has been removed. Signing in now needs only your password.',
};

type Search = Promise<{ changed?: string; added?: string; removed?: string }>;

export default async function AccountPage({ searchParams }: { searchParams: Search }) {
  const { user, expiresAt } = await requireStaff();
  const { changed, added, removed } = await searchParams;
  const notice = changed ? NOTICES.changed : added ? NOTICES.added : removed ? NOTICES.removed : null;
  const twoFactor = await twoFactorStatus(user.id);
  return (
    <>
      <h1>Your account</h1>
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
      <h2>Two-factor sign-in</h2>
      {twoFactor.totpEnabledAt ? (
        <>
          <p>
            <strong>On.</strong> Signing in asks for a code from your authenticator app after your password (added{' '}
            {formatDateTime(twoFactor.totpEnabledAt)}).
          </p>
          <h3>Remove the authenticator app</h3>
          <PasswordConfirmedForm action={removeAuthenticator} label="Remove the authenticator app" scope="remove-app" />
        </>
      ) : (
        <>
          <p>
            <strong>Off.</strong> Add an authenticator app so that a stolen password alone cannot open the back office.
          </p>
          <PasswordConfirmedForm action={startAuthenticatorSetup} label="Set up an authenticator app" scope="add-app" />
        </>
      )}
      <h3>Recovery codes</h3>
      <p>
        {twoFactor.recoveryCodesLeft
          ? `You have ${twoFactor.recoveryCodesLeft} unused recovery code${twoFactor.recoveryCodesLeft === 1 ? '' : 's'}. `
          : 'You have no recovery codes. '}
        Each signs you in once without your app. Making new ones stops the old ones working.
      </p>
      <PasswordConfirmedForm action={createRecoveryCodes} label="Make new recovery codes" scope="recovery" />
      <h2>Change your password</h2>
      <ChangePasswordForm />
      <h2>Sign out everywhere</h2>
      <p>Signs you out on every device and browser, including this one. Use it if you have lost a device or used a shared one.</p>
      <form action={signOutEverywhere}>
        <button type="submit" className="button">
          Sign out everywhere
        </button>
      </form>
    </>
  );
}
