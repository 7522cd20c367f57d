import type { Metadata } from 'next';
import { SetupForm } from '@/components/admin/setup-form';
import { checkSetupLink } from '@/lib/data/staff/accounts';

export const metadata: Metadata = { title: 'Set up your account' };

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const link = await checkSetupLink(token);
  if (link.state !== 'valid') {
    return (
      <>
        <h1>This set-up link can’t be used</h1>
        <p>
          {link.state === 'used'
            ? 'It has already been used. If that was you, sign in with the password you chose.'
            : link.state === 'expired'
              ? 'It has expired.'
              : 'It isn’t a link we sent: check that you copied the whole address.'}{' '}
          An admin can send you a new one.
        </p>
        <p>
          <a href="/admin/sign-in">Go to sign-in</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>
        {link.firstAdmin
          ? 'Create the first admin account'
          : `Welcome${link.name ? `, ${link.name}` : ''}: choose your password`}
      </h1>
      <SetupForm token={token} firstAdmin={link.firstAdmin} email={link.email} name={link.name} />
    </>
  );
}
