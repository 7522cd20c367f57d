// The site's own plain pages for answers that no page renders: requests refused before they reach a
// page or action (POST /consent, the proxy), and a page whose rendering failed (lib/errors). Readable
// without JavaScript; one small inline style, allowed by its hash and nothing else.
import { createHash } from 'node:crypto';
import { organisation } from '../site-config';
import { withSecurityHeaders } from './headers';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = [
  'body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#14213d}',
  'header{background:#0b6e4f;color:#fff;padding:.9rem 1.25rem;font-weight:700}',
  'main{max-width:40rem;margin:0 auto;padding:2rem 1.25rem 3rem}h1{line-height:1.25}a{color:#084c37}',
  'code{overflow-wrap:anywhere;background:#f3f6fb;padding:0 .25rem}',
].join('');
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** No script at all, the one style above, and nothing may frame it. */
export const ERROR_PAGE_CSP = `default-src 'none'; style-src ${STYLE_HASH}; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

export type ErrorPageContent = {
  title: string;
  paragraphs: string[];
  back: string;
  backLabel?: string;
  reference?: string;
  retry?: string;
};

// The page's HTML; `back` and `retry` must be same-site paths. Everything is escaped.
export function errorPageHtml({ title, paragraphs, back, backLabel, reference, retry }: ErrorPageContent): string {
  const again = retry ? `<a href="${escape(retry)}">Try again</a> · ` : '';
  const quote = reference
    ? `<p>If it keeps happening, email <a href="mailto:${organisation.email}">${organisation.email}</a> and quote reference <code data-testid="error-reference">${escape(reference)}</code>.</p>`
    : '';
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)} | ${organisation.tradingName}</title><style>${STYLE}</style></head>
<body><header>${organisation.tradingName}</header><main><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}
<p>${again}<a href="${escape(back)}">${escape(backLabel ?? 'Go back to the page you were on')}</a></p>${quote}</main></body></html>`;
}

// A refusal as a Response (the proxy and route handlers).
export function errorPage(status: number, title: string, message: string | string[], back: string): Response {
  return withSecurityHeaders(
    new Response(errorPageHtml({ title, paragraphs: typeof message === 'string' ? [message] : message, back }), {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': ERROR_PAGE_CSP,
      },
    }),
  );
}
