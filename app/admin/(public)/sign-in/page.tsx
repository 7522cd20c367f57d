import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/sign-in-form';
import { getCurrentStaff } from '@/lib/auth/current';
import { adminReturnPath } from '@/lib/auth/return-path';

export const metadata: Metadata = { title: 'Sign in to the back office' };

type Search = Promise<{ next?: string | string[]; signedOut?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const { next, signedOut } = await searchParams;
  const back = typeof next === 'string' ? next : '';
  if (await getCurrentStaff()) redirect(adminReturnPath(back) ?? '/admin');
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
      ) : null}
      <SignInForm next={back} />
      <p className="hint">Forgotten your password? Ask an admin to send you a new set-up link.</p>
    </>
  );
}
