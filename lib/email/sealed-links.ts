// Secret links in an email (set-up, confirmation, verification, download, unsubscribe, withdrawal)
// never rest readable in the outbox: they are swapped for numbered placeholders and kept sealed
// (AES-256-GCM, node:crypto) beside the bodies; only the send, and an audited admin view, open them.
import { carriesToken } from '../consent/private-paths';
import { openSealedText, sealText } from '../security/seal';

export type EmailParts = { text: string; html: string; headers: Record<string, string> };

// One pass, no backtracking: a scheme, then everything up to a character that cannot be in a URL.
const URL_LIKE = /https?:\/\/[^\s"'<>()]+/g;
const PLACEHOLDER = /\[link withheld #(\d{1,4})\]/g;

const placeholder = (index: number) => `[link withheld #${index + 1}]`;
const PURPOSE = 'outbox-links:v1';

function isSecretLink(candidate: string): boolean {
  try {
    const url = new URL(candidate.replace(/&amp;/g, '&'));
    return carriesToken(url.pathname);
  } catch {
    return false;
  }
}

function seal(secret: string, links: string[]): string {
  return sealText(secret, PURPOSE, JSON.stringify(links));
}

// The links a sealed value holds; throws when it was altered or sealed with another key.
export function openSeal(secret: string, sealed: string): string[] {
  return JSON.parse(openSealedText(secret, PURPOSE, sealed)) as string[];
}

// The email with each secret link replaced by a placeholder, and the links sealed (null when none).
export function sealLinks(secret: string, email: EmailParts): EmailParts & { sealed: string | null } {
  const links: string[] = [];
  const swap = (value: string) =>
    value.replace(URL_LIKE, (match) => {
      if (!isSecretLink(match)) return match;
      const known = links.indexOf(match);
      return placeholder(known >= 0 ? known : links.push(match) - 1);
    });
  const text = swap(email.text);
  const html = swap(email.html);
  const headers = Object.fromEntries(Object.entries(email.headers).map(([name, value]) => [name, swap(value)]));
  return { text, html, headers, sealed: links.length ? seal(secret, links) : null };
}

// The email as its recipient gets it: every placeholder filled with its link again.
export function unsealLinks(secret: string, email: EmailParts, sealed: string | null): EmailParts {
  if (!sealed) return email;
  const links = openSeal(secret, sealed);
  const fill = (value: string) => value.replace(PLACEHOLDER, (match, n: string) => links[Number(n) - 1] ?? match);
  return {
    text: fill(email.text),
    html: fill(email.html),
    headers: Object.fromEntries(Object.entries(email.headers).map(([k, v]) => [k, fill(v)])),
  };
}
