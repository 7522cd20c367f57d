// An email's HTML for a back-office preview frame: served with a policy that runs no script,
// loads nothing and is sandboxed, whatever the email contains.

// The response for a preview frame (framed only by the back office itself).
export function emailPreviewResponse(html: string): Response {
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  });
}

// What a preview frame shows for an email that does not exist.
export function noSuchEmail(): Response {
  return new Response('No such email', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
