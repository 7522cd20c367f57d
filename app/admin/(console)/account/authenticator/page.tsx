import type { Metadata } from 'next';
import Link from 'next/link';
import QRCode from 'qrcode';
import { ConfirmAuthenticatorForm } from '@/components/admin/two-factor-forms';
import { requireStaff } from '@/lib/auth/current';
import { openTotpKey } from '@/lib/auth/second-factor';
import { twoFactorStatus } from '@/lib/data/staff/two-factor';
import { totpKeyFromText, totpKeyUri } from '@/lib/security/totp';
import { organisation } from '@/lib/site-config';

export const metadata: Metadata = { title: 'Set up an authenticator app' };

// The key being set up, as a QR code drawn on the server (SVG, no script) and as text to type.
export default async function AuthenticatorSetupPage() {
  const { user } = await requireStaff({ settingUp: true });
  const { pendingTotp, totpEnabledAt } = await twoFactorStatus(user.id);
  return (
    <>
      <h1>Set up an authenticator app</h1>
      {pendingTotp ? (
        <SetupSteps email={user.email} keyText={await openTotpKey(pendingTotp)} />
      ) : (
        <p>
          {totpEnabledAt ? 'Your authenticator app is set up.' : 'No authenticator app is being set up.'}{' '}
          <Link href="/admin/account">Back to your account</Link>
        </p>
      )}
      <ConfirmAuthenticatorForm settingUp={Boolean(pendingTotp)} />
    </>
  );
}

async function SetupSteps({ email, keyText }: { email: string; keyText: string }) {
  const uri = totpKeyUri(organisation.tradingName, email, totpKeyFromText(keyText));
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return (
    <>
      <ol className="steps">
        <li>
          Open an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or 1Password)
          and add an account.
        </li>
        <li>
          Scan this QR code with it:
          <div
            className="qr-code"
            role="img"
            aria-label="QR code holding the key below"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          Or, if you can’t scan it, type this key into the app instead:
          <p>
            <code className="totp-key" data-testid="totp-key">
              {keyText}
            </code>
          </p>
        </li>
        <li>Enter the 6-digit code the app then shows, to check it works.</li>
      </ol>
    </>
  );
}
