// Unsubscribe links for this site, signed with its secret.
import { env } from '../env';
import { organisation } from '../site-config';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token';

export type UnsubscribeLinks = { unsubscribeUrl: string; oneClickUrl: string };

// Both links of one subscriber's copy, signed once: the page a person opens from the visible link,
// and what the List-Unsubscribe header names (a POST to it unsubscribes at once, RFC 8058).
export function unsubscribeLinks(subscriberId: string): UnsubscribeLinks {
  const unsubscribeUrl = `${env.SITE_URL}/unsubscribe/${unsubscribeToken(env.UNSUBSCRIBE_SECRET, subscriberId)}`;
  return { unsubscribeUrl, oneClickUrl: `${unsubscribeUrl}/one-click` };
}

// The subscriber id in a link's token, or null when it was altered.
export function subscriberFromToken(token: string): string | null {
  return readUnsubscribeToken(env.UNSUBSCRIBE_SECRET, token);
}

/** What an altered or truncated link is told, wherever it arrives. */
export const INVALID_UNSUBSCRIBE_LINK =
  `This unsubscribe link is incomplete or has been changed. Open it again from the newsletter email, or email ${organisation.email} and we will unsubscribe you.`;
