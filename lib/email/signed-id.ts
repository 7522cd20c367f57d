// Links that name a record and cannot be forged: the record's id and an HMAC of it for one purpose
// (an unsubscribe link cannot be replayed as a testimonial-withdrawal link), checked in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const mac = (secret: string, purpose: string, id: string) =>
  createHmac('sha256', secret).update(`${purpose}:v1:${id}`).digest('base64url');

// "<id>.<signature>"; it does not expire (such links must keep working for as long as the email is kept).
export function signId(secret: string, purpose: string, id: string): string {
  return `${id}.${mac(secret, purpose, id)}`;
}

// The id a token names for this purpose, or null when it is malformed or its signature does not match.
export function readSignedId(secret: string, purpose: string, token: string): string | null {
  const [id, signature, ...rest] = token.split('.');
  if (!id || !signature || rest.length || !UUID.test(id) || !/^[\w-]{43}$/.test(signature)) return null;
  const expected = Buffer.from(mac(secret, purpose, id));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}
