import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/admin/change-password-form';
import { signOutEverywhere } from '@/lib/actions/admin/account';
import { requireStaff } from '@/lib/auth/current';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const { user, expiresAt } = await requireStaff();
  return (
    <>
      <h1>Your account</h1>
      {(await searchParams).changed ? (
        <p className="panel-success" role="status">
          Your password has been changed, and you have been signed out on every other device.
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
