// The account page's two-factor section: passkeys, the authenticator app and recovery codes, each
// with when it was added and last used, and the forms that change them.
import { AddPasskeyForm } from '@/components/admin/passkey-forms';
import { PasswordConfirmedForm } from '@/components/admin/two-factor-forms';
import { removePasskeyAction } from '@/lib/actions/admin/passkeys';
import { createRecoveryCodes, removeAuthenticator, startAuthenticatorSetup } from '@/lib/actions/admin/two-factor';
import { passkeysAvailable } from '@/lib/auth/passkeys';
import type { PasskeySummary } from '@/lib/data/staff/passkeys';
import type { TwoFactorStatus } from '@/lib/data/staff/two-factor';
import { formatDateTime } from '@/lib/format';

const lastUsed = (at: Date | null) => (at ? `last used ${formatDateTime(at)}` : 'not used yet');
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

// What the account has, in one sentence.
function Summary({ status, passkeys }: { status: TwoFactorStatus; passkeys: PasskeySummary[] }) {
  const factors = [
    passkeys.length ? plural(passkeys.length, 'passkey') : null,
    status.totpEnabledAt ? 'an authenticator app' : null,
  ].filter(Boolean);
  if (!factors.length) {
    return (
      <p>
        <strong>Off.</strong> Add a passkey or an authenticator app so that a stolen password alone cannot open the back
        office.
      </p>
    );
  }
  return (
    <p>
      <strong>On.</strong> After your password, signing in asks for {factors.join(' or ')}.
      {passkeys.length ? ' A passkey can also sign you in on its own, without your password.' : ''}
    </p>
  );
}

// The account's passkeys, each with its own "Remove", and the form that adds one.
function Passkeys({ passkeys, codeAllowed }: { passkeys: PasskeySummary[]; codeAllowed: boolean }) {
  return (
    <>
      <h3>Passkeys</h3>
      <p>A passkey lives on your phone, laptop or security key and is unlocked with your fingerprint, face or PIN.</p>
      {passkeys.length ? (
        <ul className="passkey-list" data-testid="passkeys">
          {passkeys.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>
              <span className="hint">
                {' '}
                added {formatDateTime(p.createdAt)}, {lastUsed(p.lastUsedAt)}
                {p.backedUp ? ', synced to your other devices' : ''}
              </span>
              <details>
                <summary>Remove “{p.name}”</summary>
                <PasswordConfirmedForm
                  action={removePasskeyAction}
                  label={`Remove “${p.name}”`}
                  scope={`remove-passkey-${p.id}`}
                  codeAllowed={codeAllowed}
                  hidden={{ passkeyId: p.id }}
                />
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p>You have no passkeys.</p>
      )}
      <AddPasskeyForm codeAllowed={codeAllowed} available={passkeysAvailable()} />
    </>
  );
}

// The whole section, for the account page.
export function AccountSecurity({ status, passkeys }: { status: TwoFactorStatus; passkeys: PasskeySummary[] }) {
  const codeAllowed = status.totpEnabledAt !== null;
  return (
    <>
      <h2 id="two-factor">Two-factor sign-in</h2>
      <Summary status={status} passkeys={passkeys} />
      <Passkeys passkeys={passkeys} codeAllowed={codeAllowed} />
      <h3>Authenticator app</h3>
      {status.totpEnabledAt ? (
        <>
          <p>
            Added {formatDateTime(status.totpEnabledAt)}, {lastUsed(status.totpLastUsedAt)}.
          </p>
          <PasswordConfirmedForm
            action={removeAuthenticator}
            label="Remove the authenticator app"
            scope="remove-app"
            codeAllowed
          />
        </>
      ) : (
        <>
          <p>An app on your phone (such as Google Authenticator) that shows a new 6-digit code every 30 seconds.</p>
          <PasswordConfirmedForm
            action={startAuthenticatorSetup}
            label="Set up an authenticator app"
            scope="add-app"
            codeAllowed={false}
          />
        </>
      )}
      <h3>Recovery codes</h3>
      <p>
        {status.recoveryCodesLeft
          ? `You have ${plural(status.recoveryCodesLeft, 'unused recovery code')}`
          : 'You have no recovery codes'}
        {status.recoveryCodeLastUsedAt
          ? `; one was last used ${formatDateTime(status.recoveryCodeLastUsedAt)}. `
          : '. '}
        Each signs you in once without your passkey or app. Making new ones stops the old ones working.
      </p>
      <PasswordConfirmedForm
        action={createRecoveryCodes}
        label="Make new recovery codes"
        scope="recovery"
        codeAllowed={codeAllowed}
      />
    </>
  );
}
