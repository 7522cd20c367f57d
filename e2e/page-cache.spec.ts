// The prerendered pages through Debian's nginx with the shipped page cache (deploy/nginx/page-cache*.conf):
// visitors in each consent state get their own version from the cache, and no cached page carries
// anyone's consent ID.
import { request } from 'node:http';
import type { Browser, Page } from '@playwright/test';
import { banner, expect, standInForGoogle, test, watchCsp } from './fixtures';
import { type Nginx, startNginx } from './nginx';

let nginx: Nginx;
test.beforeAll(async ({}, testInfo) => {
  nginx = await startNginx(3250, [Number(new URL(testInfo.project.use.baseURL!).port)]);
});
test.afterAll(async () => nginx?.stop());

const pages: string[] = [];
const consentIds = new Set<string>();
const violations: string[] = [];

async function visitor(browser: Browser, headers: Record<string, string> = {}) {
  const context = await browser.newContext({ baseURL: nginx.cached, extraHTTPHeaders: headers });
  const google = await standInForGoogle(context);
  violations.push(...(await watchCsp(context)));
  return { context, page: await context.newPage(), google };
}

// Loads a page as a person would; what the cache said, and the HTML it sent.
async function load(page: Page, path: string) {
  const response = (await page.goto(path))!;
  const html = await response.text();
  const cacheControl = response.headers()['cache-control'];
  // Every page a shared cache may hold.
  if (cacheControl?.startsWith('public')) pages.push(html);
  for (const cookie of await page.context().cookies()) {
    if (cookie.name === 'lumina_consent') consentIds.add(cookie.value.split('.')[1]!);
  }
  return { cache: response.headers()['x-cache-status'], html, cacheControl };
}

// The first load in a state may reach the site; the next one in the same state is the cache's.
async function loadTwice(page: Page, path: string) {
  await load(page, path);
  return load(page, path);
}

const analytics = (page: Page) => page.locator('#lumina-analytics');
const GPC_WORDS = /Global Privacy Control signal/;

test('first visit, reject, accept, withdraw and GPC each get their own page through the cache', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await visitor(browser);
  const again = await loadTwice(first.page, '/');
  expect(again.cache).toBe('HIT');
  expect(again.cacheControl).toMatch(/^public, .*s-maxage=\d+/);
  await expect(banner(first.page)).toBeVisible();
  await expect(banner(first.page)).not.toContainText(GPC_WORDS);

  // Someone else's first visit is the same page, from the cache.
  const second = await visitor(browser);
  expect((await load(second.page, '/')).cache).toBe('HIT');
  await expect(banner(second.page)).toBeVisible();

  // Reject: the notice once (never cached), then pages without the banner or analytics.
  await banner(first.page).getByRole('button', { name: 'Reject all' }).click();
  await expect(first.page.getByRole('status')).toHaveText(/rejected/);
  const rejected = await loadTwice(first.page, '/privacy-policy');
  expect(rejected.cache).toBe('HIT');
  await expect(banner(first.page)).toHaveCount(0);
  await expect(analytics(first.page)).toHaveCount(0);

  // Accept: analytics load, from a cached page that is the same for every visitor who said yes.
  await banner(second.page).getByRole('button', { name: 'Accept all' }).click();
  await expect(second.page.getByRole('status')).toHaveText(/accepted/);
  const accepted = await loadTwice(second.page, '/privacy-policy');
  expect(accepted.cache).toBe('HIT');
  await expect(banner(second.page)).toHaveCount(0);
  await expect(analytics(second.page)).toHaveCount(1);
  await expect.poll(() => second.google.requests.some((url) => url.includes('/gtag/js'))).toBe(true);

  // The refuser is still sent the refusal's copy, not the one just cached for a yes.
  expect((await load(first.page, '/privacy-policy')).cache).toBe('HIT');
  await expect(analytics(first.page)).toHaveCount(0);
  expect(first.google.requests).toEqual([]);

  // Withdraw: the next page is the refusal's, without analytics.
  await load(second.page, '/cookie-settings');
  await second.page.getByLabel('Do not use analytics cookies').check();
  await second.page.getByRole('button', { name: 'Save cookie settings' }).click();
  await expect(second.page.getByRole('status')).toHaveText(/rejected/);
  const withdrawn = await load(second.page, '/privacy-policy');
  expect(withdrawn.cache).toBe('HIT');
  await expect(analytics(second.page)).toHaveCount(0);

  // Global Privacy Control: its own banner, and a visitor without it is never sent that one.
  const gpc = await visitor(browser, { 'Sec-GPC': '1' });
  expect((await loadTwice(gpc.page, '/')).cache).toBe('HIT');
  await expect(banner(gpc.page)).toContainText(GPC_WORDS);
  const third = await visitor(browser);
  expect((await load(third.page, '/')).cache).toBe('HIT');
  await expect(banner(third.page)).not.toContainText(GPC_WORDS);

  expect(consentIds.size).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeGreaterThanOrEqual(8);
  for (const html of pages) for (const id of consentIds) expect(html).not.toContain(id);
  expect(violations).toEqual([]);
  for (const v of [first, second, gpc, third]) await v.context.close();
});

// A cached page is kept once per encoding the site sent it in: a client that does not take gzip (a
// crawler, a health check, curl) never gets the gzip copy a browser put in the cache, and back.
test('each encoding has its own cached copy: gzip only to a client that accepts it', async () => {
  const get = (encoding: string | null) =>
    new Promise<{ cache: string; encoding: string | null; body: Buffer }>((resolve, reject) => {
      const headers = encoding === null ? {} : { 'accept-encoding': encoding };
      request(`${nginx.cached}/privacy-policy`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () =>
          resolve({
            cache: String(res.headers['x-cache-status']),
            encoding: res.headers['content-encoding'] ?? null,
            body: Buffer.concat(chunks),
          }),
        );
      })
        .on('error', reject)
        .end();
    });
  // Warmed by a browser-like client, then asked by one that takes no encoding, by one that takes only
  // Brotli (the site sends gzip or nothing), and by one that refuses gzip outright.
  for (const warm of ['gzip, deflate, br', 'gzip, deflate, br']) expect((await get(warm)).encoding).toBe('gzip');
  for (const plain of [null, null, 'br', 'gzip;q=0, identity']) {
    const answer = await get(plain);
    expect(answer.encoding, `Accept-Encoding: ${plain}`).toBeNull();
    expect(answer.body.toString('utf8')).toContain('<html');
  }
  // Both copies are now the cache's.
  expect((await get(null)).cache).toBe('HIT');
  expect((await get('gzip')).cache).toBe('HIT');
});
