import { axe } from './axe';
import { banner, cookieNames, expect, test, DECIDED_COOKIES } from './fixtures';
import { E2E_CONSENT_COOKIE_SECRET } from './test-secrets';
import { CONSENT_MAX_AGE_S, serializeConsentCookie } from '../lib/consent/cookie';
import { consentContentHash } from '../lib/policy';

const decidedYes = (overrides: { contentHash?: string; decidedAt?: number; secret?: string; notice?: boolean } = {}) =>
  serializeConsentCookie(
    {
      consentId: '5d1c7e0a-9f7b-4c39-8d6e-3f5a2b1c0d9e',
      analytics: true,
      gpc: false,
      notice: overrides.notice ?? false,
      contentHash: overrides.contentHash ?? consentContentHash,
      decidedAt: overrides.decidedAt ?? Math.floor(Date.now() / 1000) - 60,
    },
    overrides.secret ?? E2E_CONSENT_COOKIE_SECRET,
  );

test.describe('asking again', () => {
  for (const [why, value, said] of [
    [
      'the policy or cookie list changed',
      decidedYes({ contentHash: '0'.repeat(64) }),
      'Our privacy policy has changed since you last chose. See what changed.',
    ],
    [
      'the choice is over 12 months old',
      decidedYes({ decidedAt: Math.floor(Date.now() / 1000) - CONSENT_MAX_AGE_S - 1 }),
      'It’s been a year since you chose.',
    ],
  ] as const) {
    test(`when ${why}, the banner asks again and analytics stay off until answered`, async ({
      page,
      google,
      baseURL,
    }) => {
      await page.context().addCookies([{ name: 'lumina_consent', value, url: baseURL! }]);
      await page.goto('/');
      await expect(banner(page)).toContainText(said);
      expect(google.requests).toEqual([]);
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await expect(banner(page)).toHaveCount(0);
      await expect.poll(() => google.requests.length).toBeGreaterThan(0);
    });
  }

  test('after a policy change, cookie settings say so, link to what changed, and saving again clears it', async ({
    page,
    google,
    baseURL,
  }) => {
    const changed = decidedYes({ contentHash: '0'.repeat(64) });
    await page.context().addCookies([{ name: 'lumina_consent', value: changed, url: baseURL! }]);
    await page.goto('/cookie-settings');
    const note = page.getByRole('note').filter({ hasText: 'Our privacy policy has changed since you last chose' });
    await expect(note).toBeVisible();
    // The old yes is not taken as a yes: nothing loads, and "no" is selected until the visitor chooses again.
    const useAnalytics = page.getByRole('radio', { name: 'Use analytics cookies', exact: true });
    await expect(useAnalytics).not.toBeChecked();
    expect(google.requests).toEqual([]);
    // An unknown earlier version: the link goes to the list of versions.
    await note.getByRole('link', { name: 'see what changed' }).click();
    await expect(page).toHaveURL(/\/privacy-policy\/versions$/);
    await page.goto('/cookie-settings');
    await useAnalytics.check();
    await page.getByRole('button', { name: 'Save cookie settings' }).click();
    await expect(page.getByRole('status')).toHaveText(/You’ve accepted analytics cookies/);
    await expect(note).toHaveCount(0);
    await expect(useAnalytics).toBeChecked();
    await expect.poll(() => google.requests.length).toBeGreaterThan(0);
  });

  test('a current yes is honoured with no banner at all', async ({ page, google, baseURL }) => {
    await page.context().addCookies([{ name: 'lumina_consent', value: decidedYes(), url: baseURL! }]);
    await page.goto('/');
    await expect(banner(page)).toHaveCount(0);
    await expect.poll(() => google.requests.length).toBeGreaterThan(0);
  });
});

test.describe('the "choice saved" notice', () => {
  test('is shown on the page the visitor lands on, whatever the browser fetched at the same moment', async ({
    page,
    baseURL,
  }) => {
    await page.context().addCookies([{ name: 'lumina_consent', value: decidedYes({ notice: true }), url: baseURL! }]);
    const alongside = page.context().request;
    await alongside.get('/manifest.webmanifest', { headers: { 'sec-fetch-dest': 'manifest' } });
    await alongside.get('/icon.svg', { headers: { 'sec-fetch-dest': 'image' } });
    await alongside.get('/contact', { headers: { rsc: '1', 'next-router-prefetch': '1', 'sec-fetch-dest': 'empty' } });
    await page.goto('/');
    await expect(page.getByRole('status')).toHaveText(/You’ve accepted analytics cookies/);
    // Once only.
    await page.reload();
    await expect(page.getByRole('status')).toHaveCount(0);
  });
});

test.describe('a planted consent cookie', () => {
  test('whose signature fails is no choice at all: the banner asks, and no one’s history is shown', async ({
    page,
    baseURL,
  }) => {
    for (const value of [
      decidedYes({ secret: 'not the site secret, but 32 characters long' }),
      decidedYes().replace(/\.[\w-]+$/, ''),
    ]) {
      await page.context().clearCookies();
      await page.context().addCookies([{ name: 'lumina_consent', value, url: baseURL! }]);
      await page.goto('/');
      await expect(banner(page)).toBeVisible();
      await page.goto('/cookie-settings');
      await expect(page.getByRole('main')).not.toContainText('5d1c7e0a-9f7b-4c39-8d6e-3f5a2b1c0d9e');
    }
  });
});

test.describe('Global Privacy Control', () => {
  test.use({ extraHTTPHeaders: { 'Sec-GPC': '1' } });

  test('is treated as a refusal: the banner says so instead of asking, even over an earlier yes', async ({
    page,
    google,
    baseURL,
  }) => {
    await page.context().addCookies([{ name: 'lumina_consent', value: decidedYes(), url: baseURL! }]);
    await page.goto('/');
    await expect(banner(page)).toContainText('Global Privacy Control signal, so we will not use analytics cookies');
    await expect(banner(page).getByRole('button', { name: 'Accept all' })).toHaveCount(0);
    await banner(page).getByRole('button', { name: 'OK' }).click();
    await expect(page.getByRole('status')).toHaveText(/Global Privacy Control setting is respected/);
    await page.goto('/cookie-settings');
    await expect(page.getByText('Off: your browser sends a Global Privacy Control signal')).toBeVisible();
    await expect(page.getByRole('table', { name: /Choices recorded/ })).toContainText(
      'Global Privacy Control: analytics off',
    );
    expect(google.requests).toEqual([]);
    expect(await cookieNames(page)).toEqual(DECIDED_COOKIES);
  });
});

test.describe('accessibility', () => {
  test('axe finds no violations with the banner open, after a choice, and on the settings page', async ({ page }) => {
    test.setTimeout(90_000); // each axe scan takes several seconds on a busy two-core machine
    await page.goto('/');
    await expect(banner(page)).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(page.getByRole('status')).toBeVisible();
    // The choice is a plain form post: the new page's text can be there before its stylesheet is.
    await page.waitForLoadState('load');
    expect(await axe(page)).toEqual([]);
    await page.goto('/privacy-policy');
    expect(await axe(page)).toEqual([]);
    await page.goto('/cookie-settings');
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('bad requests to POST /consent', () => {
  test('an unknown choice is refused with a clear message and nothing is set', async ({ page, request }) => {
    const response = await request.post('/consent', { form: { choice: 'maybe' } });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain('Choose “Accept all”, “Reject all” or save your settings.');
    expect(response.headers()['set-cookie']).toBeUndefined();
    const save = await request.post('/consent', { form: { choice: 'save' } });
    expect(save.status()).toBe(400);
    expect(await save.text()).toContain('Say whether analytics cookies may be used.');
    await page.goto('/');
    await expect(banner(page)).toBeVisible();
  });

  test('a post from another site is refused', async ({ request }) => {
    const response = await request.post('/consent', {
      form: { choice: 'accept' },
      headers: { Origin: 'https://evil.example' },
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain('Forms on this site can only be sent from this site.');
    expect(response.headers()['set-cookie']).toBeUndefined();
  });

  test('an oversized body is refused', async ({ request }) => {
    const response = await request.post('/consent', { form: { choice: 'accept', returnTo: `/${'a'.repeat(10_000)}` } });
    expect(response.status()).toBe(413);
  });
});
