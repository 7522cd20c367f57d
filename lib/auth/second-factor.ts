// The second step of signing in: a code from the authenticator app, or one of the recovery codes.
// One field takes either, told apart by their shape, so the step is one form that needs no JavaScript.
import 'server-only';
import { verifyPassword } from './password';
import { normaliseRecoveryCode } from './recovery-codes';
import { getSecrets } from '../data/site/secrets';
import { acceptTotpStep, totpOf, unusedRecoveryCodes, spendRecoveryCode } from '../data/staff/two-factor';
import { openSealedText, sealText } from '../security/seal';
import { matchTotpStep, normaliseTotpCode, totpKeyFromText } from '../security/totp';

const PURPOSE = 'staff-totp:v1';

// An authenticator key as it is kept in the database: its text, sealed with the site's sealing secret.
export async function sealTotpKey(keyText: string): Promise<string> {
  return sealText((await getSecrets()).linkSealing, PURPOSE, keyText);
}

// The key text back from its sealed form.
export async function openTotpKey(sealed: string): Promise<string> {
  return openSealedText((await getSecrets()).linkSealing, PURPOSE, sealed);
}

export type SecondFactorResult =
  { ok: true; method: 'TOTP' } | { ok: true; method: 'RECOVERY_CODE'; recoveryCodesLeft: number } | { ok: false };

// Whether `code` is the account's app's current code, not used before; an accepted code is used up here.
export async function checkTotpCode(userId: string, code: string, now = new Date()): Promise<boolean> {
  const totp = await totpOf(userId);
  if (!totp) return false;
  const step = matchTotpStep(totpKeyFromText(await openTotpKey(totp.sealed)), code, totp.lastStep, now);
  return step !== null && acceptTotpStep(userId, step);
}

// Whether `input` passes the second step for this account; an accepted code is used up here.
export async function checkSecondFactor(userId: string, input: string, now = new Date()): Promise<SecondFactorResult> {
  const code = normaliseTotpCode(input);
  if (code) return (await checkTotpCode(userId, code, now)) ? { ok: true, method: 'TOTP' } : { ok: false };
  const recovery = normaliseRecoveryCode(input);
  if (!recovery) return { ok: false };
  for (const { id, codeHash } of await unusedRecoveryCodes(userId)) {
    if (!(await verifyPassword(codeHash, recovery))) continue;
    const { used, left } = await spendRecoveryCode(userId, id, now);
    return used ? { ok: true, method: 'RECOVERY_CODE', recoveryCodesLeft: left } : { ok: false };
  }
  return { ok: false };
}
