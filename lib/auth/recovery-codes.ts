// Recovery codes: ten single-use codes a member of staff keeps somewhere safe, for signing in when
// their authenticator app or passkey is out of reach. Each is 80 random bits, shown once, in four
// groups of four (base32, no look-alike letters to confuse); stored only as argon2id hashes.
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

export const RECOVERY_CODE_COUNT = 10;

// A fresh set, as shown to the person.
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10)));
    return raw.match(/.{4}/g)!.join('-');
  });
}

// A code as typed (any case, spaces or dashes anywhere), or null when it is not one's shape.
export function normaliseRecoveryCode(input: string): string | null {
  const raw = input.toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z2-7]{16}$/.test(raw) ? raw.match(/.{4}/g)!.join('-') : null;
}
