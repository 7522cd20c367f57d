// A plain page for requests refused before they reach a page or action (POST /consent, the proxy),
// readable without JavaScript or styles.
import { withSecurityHeaders } from './headers';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// `back` must be a same-site path; it is escaped like everything else.
export function errorPage(status: number, title: string, message: string, back: string): Response {
  const html = `<!doctype html><html lang="en-GB"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="robots" content="noindex">
<title>${escape(title)} | Lumina Energy</title><main><h1>${escape(title)}</h1><p>${escape(message)}</p>
<p><a href="${escape(back)}">Go back to the page you were on</a></p></main></html>`;
  return withSecurityHeaders(
    new Response(html, {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        // No script or style at all: a plain page, which nothing may frame.
        'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      },
    }),
  );
}
