// The Content-Security-Policy sent with every page: scripts only with this response's nonce (or, on a
// prerendered page, by the hashes of its own scripts), and Google's hosts only where Analytics needs them.
import { createHash } from 'node:crypto';
import type { PageHashes } from './script-hashes';
import { ANALYTICS_LOADER, GA_SCRIPT_ORIGIN } from '../consent/analytics-loader';
const GA_COLLECT = [
  'https://*.google-analytics.com',
  'https://*.analytics.google.com',
  'https://*.googletagmanager.com',
];

export type CspOptions = {
  /** A rendered page's nonce; a prerendered page has none, and lists its scripts' hashes instead. */
  nonce?: string;
  /** Sources such as 'sha256-…' for each script and inline style of a prerendered page. */
  hashes?: Readonly<PageHashes>;
  dev?: boolean;
  analytics?: boolean;
  https?: boolean;
};

// A source expression for a script's exact text.
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const NO_HASHES: PageHashes = { scripts: [], styles: [] };
/** The Analytics loader is the same on every page, rendered or prerendered. */
const LOADER_HASH = hashSource(ANALYTICS_LOADER);

// One line of directives; 'strict-dynamic' lets the allowed loader add the scripts it loads.
export function buildCsp({
  nonce,
  hashes = NO_HASHES,
  dev = false,
  analytics = false,
  https = false,
}: CspOptions): string {
  const byNonce = nonce ? [`'nonce-${nonce}'`] : [];
  const allowed = [...byNonce, ...hashes.scripts, LOADER_HASH];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    [
      'script-src',
      "'self'",
      ...allowed,
      "'strict-dynamic'",
      ...(analytics ? [GA_SCRIPT_ORIGIN] : []),
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    ['style-src', "'self'", ...byNonce, ...hashes.styles],
    ['img-src', "'self'", 'data:', ...(analytics ? GA_COLLECT : [])],
    ['connect-src', "'self'", ...(analytics ? GA_COLLECT : [])],
    ['font-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ...(https ? ([['upgrade-insecure-requests']] as [string][]) : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

// 128 random bits, base64: a fresh one for every response.
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
