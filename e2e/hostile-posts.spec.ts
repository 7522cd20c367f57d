import http from 'node:http';
import { ADMIN, signIn } from './admin';
import { expect, test } from './fixtures';
import { fillEnquiry, hiddenFields, uniqueEmail } from './forms';
import { unsubscribeToken } from '../lib/email/unsubscribe-token';
import { issueFormToken } from '../lib/forms/form-token';

// A raw request, for what a browser would never send (chunked bodies, TRACE): status and body.
function raw(
  url: string,
  method: string,
  headers: Record<string, string>,
  chunks: Buffer[] = [],
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      let body = '';
      response.on('data', (d) => (body += d));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    });
    request.on('error', reject);
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

// Posts a browser would never send, straight at the enquiry form's action: each gets a 4xx and a
// message, never a 500, and the site keeps working.
test.describe('hostile posts to a form action', () => {
  const post = async (
    page: import('@playwright/test').Page,
    headers: Record<string, string>,
    extra: Record<string, string> = {},
  ) => {
    await page.goto('/contact');
    const hidden = await page
      .locator('input[type="hidden"][name^="$ACTION"]')
      .evaluateAll((els) =>
        Object.fromEntries(els.map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).value])),
      );
    return page.request.post('/contact', { multipart: { ...hidden, name: 'Ada', ...extra }, headers, maxRedirects: 0 });
  };

  test('from another site, or with Origin: null, it is refused with 403', async ({ page }) => {
    for (const origin of ['https://evil.example', 'null']) {
      const response = await post(page, { Origin: origin });
      expect(response.status(), origin).toBe(403);
      expect(await response.text()).toContain('Forms on this site can only be sent from this site.');
    }
  });

  test('an oversized body is refused with 413', async ({ page, baseURL }) => {
    const response = await post(page, { Origin: new URL(baseURL!).origin }, { message: 'x'.repeat(200_000) });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain('The form was too large to accept.');
  });

  test('bytes that are not UTF-8, and control characters, are answered with messages', async ({ page, baseURL }) => {
    const response = await post(
      page,
      { Origin: new URL(baseURL!).origin },
      { name: 'Ada\u0000\u0007', company: Buffer.from([0xff, 0xfe, 0xc3]).toString('latin1') },
    );
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toMatch(/Your name contains characters we can(?:'|&#x27;)t accept/);
    await page.goto('/contact');
    await expect(page.getByRole('heading', { name: 'Quick enquiry' })).toBeVisible();
  });
});

test.describe('every request goes through the one guard', () => {
  test('a chunked body to the cookie choice is capped while it is read', async ({ baseURL }) => {
    const chunks = Array.from({ length: 64 }, () => Buffer.alloc(16 * 1024, 'a'));
    const answer = await raw(
      `${baseURL}/consent`,
      'POST',
      { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' },
      chunks,
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('The form was too large to accept.');
  });

  test('prefetch headers skip nothing: pages keep their CSP, posts their guard', async ({ request, baseURL }) => {
    for (const headers of [{ 'Next-Router-Prefetch': '1' }, { Purpose: 'prefetch' }] as Record<string, string>[]) {
      // A prerendered page keeps its hashes, a rendered one its nonce.
      const copy = await request.get('/privacy-policy', { headers });
      expect(copy.headers()['content-security-policy'], JSON.stringify(headers)).toMatch(
        /script-src 'self' ('sha256-[\w+/=]+' )+'strict-dynamic'/,
      );
      const page = await request.get('/contact', { headers });
      expect(page.headers()['content-security-policy'], JSON.stringify(headers)).toMatch(
        /script-src 'self' 'nonce-[\w+/=]+' ('sha256-[\w+/=]+' )*'strict-dynamic'/,
      );
      const post = await request.post('/contact', {
        headers: { ...headers, Origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' },
        data: '--x\r\nbroken',
      });
      expect(post.status(), JSON.stringify(headers)).toBe(403);
    }
    const damaged = await request.post('/contact', {
      headers: {
        'Next-Router-Prefetch': '1',
        Origin: new URL(baseURL!).origin,
        'content-type': 'multipart/form-data; boundary=x',
      },
      data: '--x\r\nbroken',
    });
    expect(damaged.status()).toBe(400);
  });

  test('a server-action call that is not a form, and TRACE, get a 4xx with a message', async ({ page, baseURL }) => {
    await page.goto('/contact');
    // A form with state carries its action as {"id": …} in a hidden field; that id is what Next-Action names.
    const values = await page
      .locator('input[type="hidden"][name^="$ACTION"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    const action = values.map((v) => /"id":"(\w+)"/.exec(v)?.[1]).find(Boolean);
    expect(action).toBeDefined();
    for (const body of ['[]', '[{},{}]', '"x"']) {
      const answer = await page.request.post('/contact', {
        headers: {
          'Next-Action': action!,
          Origin: new URL(baseURL!).origin,
          'content-type': 'text/plain;charset=UTF-8',
        },
        data: body,
      });
      expect(answer.status(), body).toBe(400);
      expect(await answer.text()).toContain('The form arrived damaged or incomplete');
    }
    const trace = await raw(`${baseURL}/`, 'TRACE', {});
    expect(trace.status).toBe(405);
    expect(trace.body).toContain('This site does not answer TRACE requests.');
  });

  test('an Origin with the right host but another scheme or port is refused', async ({ page, baseURL }) => {
    const site = new URL(baseURL!);
    await page.goto('/contact');
    const fields = hiddenFields(await page.content());
    for (const origin of [`https://${site.host}`, `http://${site.hostname}:1`]) {
      const answer = await page.request.post('/contact', {
        multipart: { ...fields, name: 'Ada' },
        headers: { Origin: origin },
        maxRedirects: 0,
      });
      expect(answer.status(), origin).toBe(403);
    }
  });

  // Next.js checks an action's Origin against X-Forwarded-Host (else Host) itself, and answered 500 when the
  // guard had let the post through: a forged header, or a proxy in front that sends its own Host.
  test('a post from this site under another Host or X-Forwarded-Host is answered, never a 500', async ({
    page,
    baseURL,
  }) => {
    const site = new URL(baseURL!);
    await page.goto('/contact');
    const fields = hiddenFields(await page.content());
    const sent: Record<string, string>[] = [
      { 'X-Forwarded-Host': 'evil.example' },
      { 'X-Forwarded-Host': `evil.example, ${site.host}` },
      { Host: 'app.internal:3000' },
    ];
    for (const headers of sent) {
      const answer = await page.request.post('/contact', {
        multipart: { ...fields, name: 'Ada' },
        headers: { ...headers, Origin: site.origin },
        maxRedirects: 0,
      });
      expect(answer.status(), JSON.stringify(headers)).toBe(200);
      expect(await answer.text(), JSON.stringify(headers)).toContain('Enter your email address');
    }
  });

  test('an action post whose envelope is hand-made gets a 4xx or the form again, never a 500', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto('/contact');
    const fields = hiddenFields(await page.content());
    const [ref, head] = Object.keys(fields).filter((k) => /^\$ACTION_(REF_1|1:0)$/.test(k));
    const id = /"id":"(\w+)"/.exec(fields[head!]!)![1]!;
    const damaged: { multipart: Record<string, string>; headers?: Record<string, string> }[] = [
      { multipart: { [ref!]: '', [head!]: `{"id":"${id}","bound":` } },
      { multipart: { ...fields, '$ACTION_1:1': 'not json' } },
      { multipart: { 0: 'not json' }, headers: { 'Next-Action': id } },
    ];
    for (const { multipart, headers } of damaged) {
      const answer = await page.request.post('/contact', { multipart, headers: { ...headers, Origin: origin } });
      expect(answer.status(), JSON.stringify({ multipart, headers })).toBe(400);
      expect(await answer.text()).toContain('The form arrived damaged or incomplete');
    }
    // Arguments Next.js can read, in the wrong places for the form's action: the form is read as it is (a
    // plain form action's page is shown again as Next.js renders it, without the action's answer).
    const misplaced: { multipart: Record<string, string>; headers?: Record<string, string>; shows: string }[] = [
      { multipart: { [`$ACTION_ID_${id}`]: '', name: 'Ada' }, shows: 'Quick enquiry' },
      {
        multipart: { '1_name': 'Ada', 0: '["$K1"]' },
        headers: { 'Next-Action': id },
        shows: 'Enter your email address',
      },
      { multipart: { 0: '[]' }, headers: { 'Next-Action': id }, shows: 'Enter your email address' },
    ];
    for (const { multipart, headers, shows } of misplaced) {
      const answer = await page.request.post('/contact', { multipart, headers: { ...headers, Origin: origin } });
      expect(answer.status(), JSON.stringify({ multipart, headers })).toBe(200);
      expect(await answer.text(), JSON.stringify({ multipart, headers })).toContain(shows);
    }
  });

  test('the cookie choice goes back only to a path on this site', async ({ request, baseURL }) => {
    const site = new URL(baseURL!);
    // Named by the form (cookie settings sends the page the visitor came from), or by the Referer when
    // the form names none (a prerendered banner): either way, another site's address becomes "/".
    const sent: { form: Record<string, string>; referer: string }[] = [
      { form: { choice: 'reject', returnTo: '//evil.example/x' }, referer: `${site.origin}/privacy-policy` },
      { form: { choice: 'reject', returnTo: 'https://evil.example/x' }, referer: `${site.origin}/privacy-policy` },
      { form: { choice: 'reject' }, referer: `${site.origin}//evil.example/x` },
    ];
    for (const { form, referer } of sent) {
      const answer = await request.post('/consent', {
        form,
        headers: { Referer: referer, Origin: site.origin },
        maxRedirects: 0,
      });
      expect(answer.status()).toBe(303);
      expect(answer.headers().location, JSON.stringify(form)).toBe('/');
    }
  });
});

test.describe('nothing forged with the published development secrets works', () => {
  const PUBLISHED = { unsubscribe: 'lumina-development-unsubscribe-secret', form: 'lumina-development-form-secret' };

  test('an unsubscribe link signed with it is refused', async ({ request }) => {
    const token = unsubscribeToken(PUBLISHED.unsubscribe, '00000000-0000-4000-8000-000000000001');
    const page = await request.get(`/unsubscribe/${token}`);
    expect(page.status()).toBe(400);
    const post = await request.post(`/unsubscribe/${token}/one-click`, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(post.status()).toBe(400);
  });

  test('a form token signed with it stores nothing', async ({ page, browser }, testInfo) => {
    const email = uniqueEmail(testInfo, 'forged');
    await page.goto('/contact');
    await fillEnquiry(page, { email });
    await page
      .locator('input[name="formToken"]')
      .evaluate(
        (el, token) => ((el as HTMLInputElement).value = token),
        issueFormToken(PUBLISHED.form, Date.now() - 60_000),
      );
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(page.getByTestId('reference')).toHaveText(/^ENQ-/);
    const admin = await browser.newPage();
    await signIn(admin, ADMIN);
    await admin.goto(`/admin/requests?q=${encodeURIComponent(email)}`);
    await expect(admin.locator('tbody tr')).toHaveCount(0);
    await admin.close();
  });
});
