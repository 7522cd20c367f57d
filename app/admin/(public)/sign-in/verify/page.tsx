import type { Metadata } from 'next';
import { PasskeySignInButton } from '@/components/admin/passkey-forms';
import { SecondStepForm } from '@/components/admin/second-step-form';
import { cancelSignIn } from '@/lib/actions/staff-sign-in';
import { requireSecondStep } from '@/lib/auth/current';
import { passkeysAvailable } from '@/lib/auth/passkeys';
import { twoFactorStatus } from '@/lib/data/staff/two-factor';

export const metadata: Metadata = { title: 'Finish signing in' };

// The second step of signing in, for a browser that has given the right password of an account with a
// second factor: a passkey (which needs JavaScript), or a code from the app or a recovery code (which
// work without it).
export default async function SecondStepPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { user } = await requireSecondStep();
  const [{ next }, status] = await Promise.all([searchParams, twoFactorStatus(user.id)]);
  const back = typeof next === 'string' ? next : '';
  return (
    <>
      <h1>Finish signing in</h1>
      <p>Your password was right, {user.name}. To finish signing in, show it’s you with your second factor.</p>
      {status.passkeys ? (
        <>
          <h2>Use your passkey</h2>
          <PasskeySignInButton step="second-step" next={back} label="Use my passkey" available={passkeysAvailable()} />
        </>
      ) : null}
      <h2>{status.totpEnabledAt ? 'Or enter a code' : 'Or use a recovery code'}</h2>
      <p>
        {status.totpEnabledAt
          ? 'Open your authenticator app and enter the code it shows for Lumina. If you don’t have your app, enter one of your recovery codes instead.'
          : 'If you don’t have your passkey, enter one of your recovery codes.'}
      </p>
      <SecondStepForm next={back} />
      <p className="hint">
        Lost your second factor and your recovery codes? Ask an admin to reset it. This step closes 10 minutes after
        your password was accepted.
      </p>
      <form action={cancelSignIn}>
        <button type="submit" className="button button-secondary">
          Cancel and sign out
        </button>
      </form>
    </>
  );
}
