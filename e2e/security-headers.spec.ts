import { expect, test } from './fixtures';
import { SHARED_PAGE } from '../lib/consent/page-view';

const COMMON = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': /^(strict-origin-when-cross-origin|no-referrer)$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
};

// Every kind of response the site gives carries the security headers; HTML carries a strict CSP.
test('security headers on pages, routes, static files, redirects and every kind of refusal', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const origin = new URL(baseURL!).origin;
  const responses: [string, Promise<import('@playwright/test').APIResponse>][] = [
    ['home page', request.get('/')],
    ['policy page', request.get('/privacy-policy')],
    ['static script', request.get(script!)],
    ['icon', request.get('/icon.svg')],
    ['404 page', request.get('/no-such-page')],
    ['proxy 400', request.get(`/unsubscribe/${'x'.repeat(20)}`)],
    ['route 404', request.get(`/privacy/download/${'B'.repeat(43)}/json`)],
    ['admin redirect', request.get('/admin/feedback', { maxRedirects: 0 })],
    [
      'consent refusal',
      request.post('/consent', {
        form: { choice: 'accept' },
        headers: { Origin: 'https://evil.example' },
        maxRedirects: 0,
      }),
    ],
    ['proxy 403', request.post('/contact', { form: { name: 'x' }, headers: { Origin: 'null' }, maxRedirects: 0 })],
    [
      'proxy 413',
      request.post('/contact', {
        multipart: { message: 'x'.repeat(200_000) },
        headers: { Origin: origin },
        maxRedirects: 0,
      }),
    ],
  ];
  for (const [what, pending] of responses) {
    const response = await pending;
    const headers = response.headers();
    for (const [name, expected] of Object.entries(COMMON)) {
      if (typeof expected === 'string') expect(headers[name], `${what}: ${name}`).toBe(expected);
      else expect(headers[name], `${what}: ${name}`).toMatch(expected);
    }
    expect(headers['x-powered-by'], what).toBeUndefined();
    if ((headers['content-type'] ?? '').startsWith('text/html')) {
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, `${what}: CSP`).toContain("base-uri 'none'");
      expect(csp, `${what}: CSP`).toContain("frame-ancestors 'none'");
      // Plugins are off: named outright, or by a default of nothing at all (the plain refusal pages).
      expect(csp, `${what}: CSP`).toMatch(/object-src 'none'|^default-src 'none'/);
      expect(csp, what).not.toContain("'unsafe-inline'");
    }
  }
});

test('the page CSP names Google only where analytics needs it, and only for visitors who said yes', async ({
  page,
  request,
}) => {
  const before = (await request.get('/')).headers()['content-security-policy'] ?? '';
  expect(before).not.toMatch(/google/);
  // A prerendered page allows its own scripts by hash; a rendered one by this response's nonce.
  expect(before).toMatch(/script-src 'self' ('sha256-[\w+/=]+' )+'strict-dynamic'/);
  expect(before).not.toContain('nonce-');
  const rendered = (await request.get('/contact')).headers()['content-security-policy'] ?? '';
  expect(rendered).toMatch(/script-src 'self' 'nonce-[\w+/=]+' ('sha256-[\w+/=]+' )+'strict-dynamic'/);
  await page.goto('/');
  await page
    .getByRole('dialog', { name: 'Cookies on Lumina Energy' })
    .getByRole('button', { name: 'Accept all' })
    .click();
  await page.waitForLoadState('load');
  const after = (await page.request.get('/')).headers()['content-security-policy'] ?? '';
  expect(after).toMatch(/script-src [^;]*https:\/\/www\.googletagmanager\.com/);
  expect(after).toMatch(/connect-src [^;]*https:\/\/\*\.google-analytics\.com/);
  expect(after).not.toMatch(/(default-src|style-src|font-src|frame-ancestors)[^;]*google/);
});

// A first visit's GET of the home page or the policy is answered from the copy the build made for it,
// without the proxy; its headers are the ones the proxy gives the same page, and it sets nothing.
test('a first visit to the home page or the policy gets its own copy, with the headers the proxy would send', async ({
  playwright,
  baseURL,
}) => {
  const visitor = await playwright.request.newContext({ baseURL });
  // The copy's name, from the route the page's payload names (["", "prerendered", "<copy>", …]).
  const copyOf = (html: string) => /\[\\"\\",\\"prerendered\\",\\"([a-z-]+)\\"/.exec(html)?.[1];
  for (const path of ['/', '/privacy-policy']) {
    const first = await visitor.get(path);
    const proxied = await visitor.get(path, { headers: { cookie: 'unrelated=1' } });
    expect(copyOf(await first.text()), path).toBe('first');
    expect(copyOf(await proxied.text()), path).toBe('ask');
    for (const response of [first, proxied]) {
      const headers = response.headers();
      expect(headers['set-cookie'], path).toBeUndefined();
      expect(headers['cache-control'], path).toBe(SHARED_PAGE);
      expect(headers['content-security-policy'], path).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
      expect(headers['content-security-policy'], path).not.toMatch(/nonce|google/);
    }
    // Any other method meets the proxy, and its refusal.
    const put = await visitor.fetch(path, { method: 'PUT' });
    expect(put.status(), path).toBe(405);
    expect(await put.text()).toContain('This site does not answer PUT requests.');
  }
  await visitor.dispose();
});
