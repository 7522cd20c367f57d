// Data-layer tests read an email as its recipient gets it: the outbox keeps secret links sealed.
import { getSecrets } from '../data/site/secrets';
import { unsealLinks } from '../email/sealed-links';

type Stored = { textBody: string; htmlBody: string; headers: unknown; sealedLinks: string | null };

// The email's parts with their withheld links filled in.
export async function openedEmail(message: Stored) {
  const parts = { text: message.textBody, html: message.htmlBody, headers: message.headers as Record<string, string> };
  return unsealLinks((await getSecrets()).linkSealing, parts, message.sealedLinks);
}

// The plain-text body with its withheld links filled in.
export async function textWithLinks(message: Stored): Promise<string> {
  return (await openedEmail(message)).text;
}
