// The token in every marketing email's unsubscribe link: the subscriber's id, signed with an HMAC
// so nobody can unsubscribe someone else by guessing, and checked in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const mac = (secret: string, subscriberId: string) => createHmac('sha256', secret).update(`unsubscribe:v1:${subscriberId}`).digest('base64url');

// Made for each copy of a newsletter; it does not expire, as unsubscribe links must keep working.
export function unsubscribeToken(secret: string, subscriberId: string): string {
  return `${subscriberId}.${mac(secret, subscriberId)}`;
}

// The subscriber a token names, or null when it is malformed or its signature does not match.
export function readUnsubscribeToken(secret: string, token: string): string | null {
  const [id, signature, ...rest] = token.split('.');
  if (!id || !signature || rest.length || !UUID.test(id) || !/^[\w-]{43}$/.test(signature)) return null;
  const expected = Buffer.from(mac(secret, id));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

// The same address always gives the same key, however it was typed; only this is kept on the
// suppression list, so the list itself reveals no addresses.
export function suppressionKey(salt: string, email: string): string {
  return createHmac('sha256', salt).update(`suppression:v1:${email.trim().toLowerCase()}`).digest('hex');
}
