import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PasskeySignInButton } from '@/components/admin/passkey-forms';
import { SignInForm } from '@/components/admin/sign-in-form';
import { getStaffSession } from '@/lib/auth/current';
import { passkeysAvailable } from '@/lib/auth/passkeys';
import { adminReturnPath, withReturnPath } from '@/lib/auth/return-path';

export const metadata: Metadata = { title: 'Sign in to the back office' };

type Search = Promise<{ next?: string | string[]; signedOut?: string; expired?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const { next, signedOut, expired } = await searchParams;
  const back = typeof next === 'string' ? next : '';
  const session = await getStaffSession();
  if (session?.secondFactorDue) redirect(withReturnPath('/admin/sign-in/verify', back));
  if (session) redirect(adminReturnPath(back) ?? '/admin');
  return (
    <>
      <h1>Sign in to the back office</h1>
      {signedOut ? (
        <p className="panel-success" role="status">
          {signedOut === 'everywhere'
            ? 'You have been signed out on every device.'
            : signedOut === 'paused'
              ? 'You have been signed out after too many wrong passwords. Sign-in is paused for a while: try again later.'
              : 'You have been signed out.'}
        </p>
      ) : expired ? (
        <p className="panel-success" role="status">
          Sign in with your password first: the code step comes after it, and closes 10 minutes later.
        </p>
      ) : null}
      <SignInForm next={back} />
      <h2>Or use a passkey</h2>
      <p>If you have added a passkey to your account, it signs you in on its own, without your password.</p>
      <PasskeySignInButton step="sign-in" next={back} label="Sign in with a passkey" available={passkeysAvailable()} />
      <p className="hint">Forgotten your password? Ask an admin to send you a new set-up link.</p>
    </>
  );
}
