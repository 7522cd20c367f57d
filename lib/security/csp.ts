// The Content-Security-Policy sent with every page: scripts only with this response's nonce,
// and Google's hosts only in the directives Google Analytics needs.

export const GA_SCRIPT_ORIGIN = 'https://www.googletagmanager.com';
const GA_COLLECT = ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://*.googletagmanager.com'];

export type CspOptions = { nonce: string; dev?: boolean; analytics?: boolean; https?: boolean };

// One line of directives; 'strict-dynamic' lets the nonce'd loader add gtag.js.
export function buildCsp({ nonce, dev = false, analytics = false, https = false }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(analytics ? [GA_SCRIPT_ORIGIN] : []), ...(dev ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", `'nonce-${nonce}'`],
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
