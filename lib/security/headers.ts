// Security headers sent with every response (pages, routes, static files, and the proxy's own
// refusals). The Content-Security-Policy is per response (it carries a nonce), so it is set in proxy.ts.
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // One year, as browsers remember it; ignored over plain HTTP (local development).
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // Pages whose address carries a token ask for no referrer at all (their own metadata).
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Nothing on this site needs these powers; no embedded script may ask for them either.
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

// Adds the headers to a response the proxy built itself (a refusal), leaving any already set.
export function withSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}
