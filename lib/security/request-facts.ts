// Facts about a request that depend on what stands in front of the site, read one way everywhere.
// Nothing a client sends is trusted: the address is the socket's, unless the operator says how many
// proxies of theirs (TRUSTED_PROXY_HOPS) stand in front, and then it is the entry those proxies added.

/** Set by the server itself for every request (lib/security/peer-stamp.ts), over anything a client sent. */
export const PEER_HEADER = 'x-lumina-peer';
export const PEER_PROTO_HEADER = 'x-lumina-peer-proto';
/** The method the client really used (TRACE and the like reach Next.js as GET, for proxy.ts to refuse). */
export const METHOD_HEADER = 'x-lumina-method';

/** A request's id: the trusted proxy's, else one of ours; in every log line and error page about it. */
export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

type HeaderSource = { get(name: string): string | null };

// A Node.js request's headers read the way the rules below read them (for code running before Next.js).
export function headersOf(raw: Record<string, string | string[] | undefined>): HeaderSource {
  return { get: (name: string) => [raw[name]].flat()[0] ?? null };
}

const unmapped = (ip: string) => ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

// The entry `hops` from the right of a comma-separated forwarding header (each proxy appends one).
function fromRight(value: string | null, hops: number): string | null {
  const entries = (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (!entries.length) return null;
  return entries[Math.max(0, entries.length - hops)] ?? null;
}

// The client's address: the socket's with no trusted proxy; else the X-Forwarded-For entry that the
// outermost trusted proxy added (`hops` from the right). Null when the server cannot tell.
export function clientIp(headers: HeaderSource, hops: number): string | null {
  const peer = headers.get(PEER_HEADER);
  const ip = hops > 0 ? (fromRight(headers.get('x-forwarded-for'), hops) ?? peer) : peer;
  return ip ? unmapped(ip) : null;
}

// The scheme and host the visitor used, e.g. "https://www.example.co.uk": the trusted proxy's
// X-Forwarded-Proto and -Host, or the connection itself and its Host header.
export function requestOrigin(headers: HeaderSource, hops: number): string | null {
  const proto =
    (hops > 0 ? fromRight(headers.get('x-forwarded-proto'), 1) : null) ?? headers.get(PEER_PROTO_HEADER) ?? 'http';
  const host = (hops > 0 ? fromRight(headers.get('x-forwarded-host'), 1) : null) ?? headers.get('host');
  if (!host || (proto !== 'http' && proto !== 'https')) return null;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

// True when the visitor used HTTPS (by the same rule), so cookies can be Secure.
export function isHttps(headers: HeaderSource, hops: number): boolean {
  return requestOrigin(headers, hops)?.startsWith('https:') ?? false;
}

// The id a request is logged and answered under: the one a trusted proxy (hops > 0) gave it, if it is
// a plain token, else `fresh()`. A client's own X-Request-Id is not trusted (it could forge log lines).
export function requestIdFrom(headers: HeaderSource, hops: number, fresh: () => string): string {
  const given = hops > 0 ? headers.get(REQUEST_ID_HEADER) : null;
  return given && REQUEST_ID.test(given) ? given : fresh();
}

// True for a browser loading a whole page (into a tab or a frame): not a prefetch, not a client-side
// navigation's data (RSC), not a manifest, icon or script fetched beside it. Non-browsers send no
// Sec-Fetch-Dest and count as loading a page.
export function isPageLoad(headers: HeaderSource): boolean {
  const dest = headers.get('sec-fetch-dest');
  return (
    !isPrefetch(headers) && headers.get('rsc') === null && (dest === null || dest === 'document' || dest === 'iframe')
  );
}

// True for a prefetch (Next.js's router, or a browser's <link rel="prefetch">).
export function isPrefetch(headers: HeaderSource): boolean {
  return headers.get('next-router-prefetch') !== null || headers.get('purpose') === 'prefetch';
}
