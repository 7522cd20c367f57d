// Staff passwords: argon2id through @node-rs/argon2 (OWASP's recommended parameters), never stored
// or logged in any other form.
import { hash, verify } from '@node-rs/argon2';

// 19 MiB, two passes, one lane: OWASP's minimum for argon2id.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Hashes a new password for storage.
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A hash of nothing anyone can type: checked against when the email is unknown, so a wrong email
// takes as long to refuse as a wrong password.
let decoy: Promise<string> | undefined;

// True only when `password` matches `stored`; a missing or malformed hash is a mismatch.
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  decoy ??= hashPassword(crypto.randomUUID());
  try {
    return await verify(stored ?? (await decoy), password);
  } catch {
    return false;
  }
}
