// The one guard every POST passes (proxy.ts) before a page, action or route sees it: posts from
// another origin (or with `Origin: null`), bodies larger than the route needs (counted as they are
// read, so a chunked body is capped too), bodies that say they are a form but cannot be read as
// one, server-action calls that are not forms (every action of ours takes a form), and action posts
// whose envelope Next.js could not read (lib/security/action-envelope.ts).

import { damagedEnvelope } from './action-envelope';

export const MAX_FORM_BODY_BYTES = 64 * 1024;
/** The back office's newsletter editor and subscriber import post long texts. */
export const MAX_LONG_FORM_BODY_BYTES = 512 * 1024;
/** The cookie banner's choice: a few short fields. */
export const MAX_CONSENT_BODY_BYTES = 8 * 1024;

export type PostRefusal = { status: 400 | 403 | 413; title: string; message: string };

const LONG_FORMS = /^\/admin\/(newsletters(\/|$)|subscribers\/import$)/;

// How large a post to `pathname` may be.
export function bodyLimitFor(pathname: string): number {
  if (pathname === '/consent') return MAX_CONSENT_BODY_BYTES;
  return LONG_FORMS.test(pathname) ? MAX_LONG_FORM_BODY_BYTES : MAX_FORM_BODY_BYTES;
}

const refusal = (status: PostRefusal['status'], message: string): PostRefusal => ({
  status,
  title: 'Form not sent',
  message,
});

export const FOREIGN_ORIGIN = refusal(
  403,
  'Forms on this site can only be sent from this site. Please open the page again and send it from there.',
);
export const TOO_LARGE = refusal(413, 'The form was too large to accept. Please shorten your answers and try again.');
/** What a damaged form body is told (Next.js answered it with a 500). */
export const UNREADABLE_FORM = refusal(
  400,
  'The form arrived damaged or incomplete, so nothing was saved. Please open the page again and send it from there.',
);

const FORM_TYPES = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

// The body, read until it passes `maxBytes` (then null, and the rest is never read).
async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array[] | null> {
  const chunks: Uint8Array[] = [];
  if (!body) return chunks;
  const reader = body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: a copy's cancel settles only once the request itself is done with too.
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
}

// Whether the server action a call names uses any argument: Next.js puts that in the id's first byte
// (seven bits, one per leading parameter, the last for "the rest"). Every action of ours that takes
// arguments takes a form, so such a call that is not a form (`[]`, `"x"`) is not from our pages;
// actions with none (Sign out) are sent `[]` by Next.js itself.
export function takesArguments(actionId: string | null): boolean {
  if (actionId === null) return false;
  const info = /^[0-9a-f]{2}/i.exec(actionId.trim());
  return info ? (Number.parseInt(info[0], 16) & 0x7f) !== 0 : true;
}

export type PostFacts = {
  /** The origins this site answers on (its SITE_URL, and the one the visitor used by the trusted-proxy rule). */
  allowedOrigins: (string | null)[];
  /** Mail providers make the one-click unsubscribe post from their own servers (RFC 8058). */
  anyOrigin?: boolean;
  maxBytes: number;
};

/** A post that may go on, with its Origin when that is one of the site's own (null: sent without one, or
 * from anywhere to a route that allows it). */
export type PostAccepted = { refusal: null; siteOrigin: string | null };

// The post's refusal, or that it may go on. Reads a copy of the body, so the request itself is left for Next.js.
export async function readPost(
  request: Request,
  { allowedOrigins, anyOrigin = false, maxBytes }: PostFacts,
): Promise<{ refusal: PostRefusal } | PostAccepted> {
  const refused = (refusal: PostRefusal) => ({ refusal });
  const origin = request.headers.get('origin');
  const siteOrigin = origin !== null && allowedOrigins.includes(origin) ? origin : null;
  if (origin !== null && !anyOrigin && siteOrigin === null) return refused(FOREIGN_ORIGIN);
  const length = request.headers.get('content-length');
  if (length !== null && (!/^\d+$/.test(length) || Number(length) > maxBytes)) return refused(TOO_LARGE);
  const chunks = await readCapped(request.clone().body, maxBytes).catch(() => undefined);
  if (chunks === null) return refused(TOO_LARGE);
  if (chunks === undefined) return refused(UNREADABLE_FORM);
  const type = request.headers.get('content-type');
  const isForm = type !== null && FORM_TYPES.test(type);
  const action = request.headers.get('next-action');
  if (!isForm && takesArguments(action)) return refused(UNREADABLE_FORM);
  const body = new Blob(chunks as BlobPart[]);
  if (!isForm) {
    // Only a server-action call's body is read (as its arguments); any other is left to its route.
    const text = action === null ? null : await body.text();
    if (damagedEnvelope({ headers: request.headers, form: null, text })) return refused(UNREADABLE_FORM);
    return { refusal: null, siteOrigin };
  }
  const form = await new Response(body, { headers: { 'content-type': type } }).formData().catch(() => null);
  if (!form || damagedEnvelope({ headers: request.headers, form, text: null })) return refused(UNREADABLE_FORM);
  return { refusal: null, siteOrigin };
}
