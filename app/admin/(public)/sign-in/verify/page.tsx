import type { Metadata } from 'next';
import { SecondStepForm } from '@/components/admin/second-step-form';
import { cancelSignIn } from '@/lib/actions/staff-sign-in';
import { requireSecondStep } from '@/lib/auth/current';

export const metadata: Metadata = { title: 'Enter your code' };

// The second step of signing in, for a browser that has given the right password of an account with
// an authenticator app. It works without JavaScript.
export default async function SecondStepPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { user } = await requireSecondStep();
  const { next } = await searchParams;
  return (
    <>
      <h1>Enter your code</h1>
      <p>
        Your password was right, {user.name}. To finish signing in, open your authenticator app and enter the code it
        shows for Lumina. If you don’t have your app, enter one of your recovery codes instead.
      </p>
      <SecondStepForm next={typeof next === 'string' ? next : ''} />
      <p className="hint">
        Lost your app and your recovery codes? Ask an admin to reset your second factor. This step closes 10 minutes
        after your password was accepted.
      </p>
      <form action={cancelSignIn}>
        <button type="submit" className="button button-secondary">
          Cancel and sign out
        </button>
      </form>
    </>
  );
}
