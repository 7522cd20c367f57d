// Values kept in the database that must not rest readable there (secret links in queued emails, an
// authenticator app's key): AES-256-GCM with a key drawn from a site secret and the value's purpose,
// so a value sealed for one purpose never opens as another.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const keyOf = (secret: string, purpose: string) => createHash('sha256').update(`${purpose}:${secret}`).digest();

// The sealed value: base64url of the 12-byte IV, the 16-byte tag and the ciphertext.
export function sealText(secret: string, purpose: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret, purpose), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

// The plain value; throws when it was altered, or sealed with another secret or for another purpose.
export function openSealedText(secret: string, purpose: string, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secret, purpose), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
