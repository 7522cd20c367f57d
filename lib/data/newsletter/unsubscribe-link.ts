// Links in emails that name a record and cannot be forged (unsubscribe, testimonial withdrawal),
// signed with the site's unsubscribe secret; links signed before a rotation still read for a while.
import { readSignedId, signId } from '../../email/signed-id';
import type { UnsubscribeLinks } from '../../email/templates/newsletter';
import { unsubscribeToken } from '../../email/unsubscribe-token';
import { env } from '../../env';
import { organisation } from '../../site-config';
import { getSecrets, unsubscribeSecrets } from '../site/secrets';

// Both links of one subscriber's copy, signed once: the page a person opens from the visible link,
// and what the List-Unsubscribe header names (a POST to it unsubscribes at once, RFC 8058).
export async function unsubscribeLinks(subscriberId: string): Promise<UnsubscribeLinks> {
  return (await unsubscribeLinkMaker())(subscriberId);
}

// The same for many subscribers at once (a newsletter's fan-out), reading the secret once.
export async function unsubscribeLinkMaker(): Promise<(subscriberId: string) => UnsubscribeLinks> {
  const secret = (await getSecrets()).unsubscribe;
  return (subscriberId) => {
    const unsubscribeUrl = `${env.SITE_URL}/unsubscribe/${unsubscribeToken(secret, subscriberId)}`;
    return { unsubscribeUrl, oneClickUrl: `${unsubscribeUrl}/one-click` };
  };
}

// A signed token naming `id` for one purpose (e.g. a testimonial withdrawal).
export async function signLinkId(purpose: string, id: string): Promise<string> {
  return signId((await getSecrets()).unsubscribe, purpose, id);
}

// The id a token names for `purpose`, under the current secret or one still accepted; else null.
export async function readLinkId(purpose: string, token: string): Promise<string | null> {
  for (const secret of await unsubscribeSecrets()) {
    const id = readSignedId(secret, purpose, token);
    if (id) return id;
  }
  return null;
}

// The subscriber id in a link's token, or null when it was altered.
export function subscriberFromToken(token: string): Promise<string | null> {
  return readLinkId('unsubscribe', token);
}

/** What an altered or truncated link is told, wherever it arrives. */
export const INVALID_UNSUBSCRIBE_LINK = `This unsubscribe link is incomplete or has been changed. Open it again from the newsletter email, or email ${organisation.email} and we will unsubscribe you.`;
