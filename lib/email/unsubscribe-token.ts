// The token in every marketing email's unsubscribe link: the subscriber's id, signed with an HMAC
// so nobody can unsubscribe someone else by guessing, and checked in constant time.
import { createHmac } from 'node:crypto';
import { readSignedId, signId } from './signed-id';

// Made for each copy of a newsletter; it does not expire, as unsubscribe links must keep working.
export function unsubscribeToken(secret: string, subscriberId: string): string {
  return signId(secret, 'unsubscribe', subscriberId);
}

// The subscriber a token names, or null when it is malformed or its signature does not match.
export function readUnsubscribeToken(secret: string, token: string): string | null {
  return readSignedId(secret, 'unsubscribe', token);
}

// The same address always gives the same key, however it was typed; only this is kept on the
// suppression list, so the list itself reveals no addresses.
export function suppressionKey(salt: string, email: string): string {
  return createHmac('sha256', salt).update(`suppression:v1:${email.trim().toLowerCase()}`).digest('hex');
}
