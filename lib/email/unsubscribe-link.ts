// Unsubscribe links for this site, signed with its secret.
import { env } from '../env';
import { organisation } from '../site-config';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';

// The page a person opens from the email's visible link.
export function unsubscribePageUrl(subscriberId: string): string {
  return `${env.SITE_URL}/unsubscribe/${unsubscribeToken(env.UNSUBSCRIBE_SECRET, subscriberId)}`;
}

// What the List-Unsubscribe header names: a POST to it unsubscribes at once (RFC 8058).
export function oneClickUrl(subscriberId: string): string {
  return `${unsubscribePageUrl(subscriberId)}/one-click`;
}

// The subscriber id in a link's token, or null when it was altered.
export function subscriberFromToken(token: string): string | null {
  return readUnsubscribeToken(env.UNSUBSCRIBE_SECRET, token);
}

/** What an altered or truncated link is told, wherever it arrives. */
export const INVALID_UNSUBSCRIBE_LINK =
  `This unsubscribe link is incomplete or has been changed. Open it again from the newsletter email, or email ${organisation.email} and we will unsubscribe you.`;
