import { banner, cookieNames, expect, GA_ID, test, DECIDED_COOKIES } from './fixtures';

const PUBLIC_PAGES = [
  '/',
  '/privacy-policy',
  '/cookie-settings',
  '/contact',
  '/contact/thank-you',
  '/quote',
  '/quote/thank-you',
  '/privacy/request',
  '/privacy/request/check-email',
  '/privacy/verify',
  '/feedback',
  '/competitions',
  '/surveys',
  '/no-such-page',
];
const GA_COOKIE = `_ga_${GA_ID.replace('G-', '')}`;

test.describe('before any choice', () => {
  test('no page loads analytics or sets any cookie', async ({ page, google }) => {
    test.setTimeout(60_000); // fourteen pages, while other tests share the two cores
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      await expect(banner(page)).toHaveCount(path === '/cookie-settings' ? 0 : 1);
    }
    expect(google.requests).toEqual([]);
    expect(await cookieNames(page)).toEqual([]);
  });

  test('Accept all and Reject all carry equal weight, with Manage preferences beside them', async ({ page }) => {
    await page.goto('/');
    const buttons = ['Accept all', 'Reject all'].map((name) => banner(page).getByRole('button', { name }));
    const manage = banner(page).getByRole('link', { name: 'Manage preferences' });
    const boxes = await Promise.all([...buttons, manage].map((l) => l.boundingBox()));
    const style = (l: (typeof buttons)[0]) =>
      l.evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.borderWidth, s.minHeight].join('|');
      });
    expect(await style(buttons[0]!)).toBe(await style(buttons[1]!));
    expect(await style(manage)).toBe(await style(buttons[0]!));
    expect(boxes[0]!.height).toBe(boxes[1]!.height);
    expect(boxes[0]!.width).toBe(boxes[1]!.width);
    expect(boxes[0]!.y).toBe(boxes[1]!.y);
    await expect(banner(page).getByRole('link', { name: 'Read about the cookies we use' })).toHaveAttribute(
      'href',
      '/privacy-policy#cookies',
    );
  });
});

test.describe('choosing', () => {
  test('Accept all loads Google Analytics with Consent Mode, on this and later pages', async ({ page, google }) => {
    await page.goto('/privacy-policy');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect(page).toHaveURL(/\/privacy-policy$/);
    await expect(page.getByRole('status')).toHaveText(/You’ve accepted analytics cookies/);
    await expect.poll(() => cookieNames(page)).toEqual([GA_COOKIE, '_ga', ...DECIDED_COOKIES].sort());
    const stub = await page.evaluate(
      () => (window as unknown as { __gaStub: { id: string; consent: unknown[] } }).__gaStub,
    );
    expect(stub.id).toBe(GA_ID);
    expect(stub.consent).toEqual([
      [
        'default',
        { ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
      ],
      ['update', { analytics_storage: 'granted' }],
    ]);
    expect(google.requests.some((u) => u.startsWith('https://www.googletagmanager.com/gtag/js?id=G-TEST1234'))).toBe(
      true,
    );

    const before = google.requests.length;
    await page.goto('/');
    await expect(banner(page)).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveCount(0);
    await expect.poll(() => google.requests.length).toBeGreaterThan(before);
  });

  test('Reject all keeps analytics off and says so', async ({ page, google }) => {
    await page.goto('/');
    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await expect(page.getByRole('status')).toHaveText(/You’ve rejected analytics cookies/);
    await page.goto('/privacy-policy');
    await expect(banner(page)).toHaveCount(0);
    expect(google.requests).toEqual([]);
    expect(await cookieNames(page)).toEqual(DECIDED_COOKIES);
  });

  test('the keyboard alone reaches and uses the banner first', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('link', { name: 'Read about the cookies we use' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('button', { name: 'Accept all' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(banner(page).getByRole('button', { name: 'Reject all' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/rejected/);
  });
});

test.describe('changing your mind', () => {
  test('withdrawing in cookie settings deletes the analytics cookies and records the history', async ({
    page,
    google,
  }) => {
    await page.goto('/');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => cookieNames(page)).toContain('_ga');

    await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' }).click();
    await expect(page.getByRole('heading', { name: 'Cookie settings', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Use analytics cookies', { exact: true })).toBeChecked();
    await page.getByLabel('Do not use analytics cookies').check();
    await page.getByRole('button', { name: 'Save cookie settings' }).click();

    // Back on the page they came from, which says the choice was saved.
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('status')).toHaveText(/You’ve rejected analytics cookies/);
    expect(await cookieNames(page)).toEqual(DECIDED_COOKIES);
    await page.goto('/cookie-settings');
    const history = page.getByRole('table', { name: /Choices recorded under this ID/ });
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('row').nth(1)).toContainText('Withdrew consent to analytics cookies');
    await expect(history.getByRole('row').nth(2)).toContainText('Accepted all cookies');
    await expect(page.getByTestId('consent-id')).toHaveText(/^[0-9a-f-]{36}$/);

    const loads = google.requests.filter((u) => u.includes('/gtag/js')).length;
    await page.goto('/privacy-policy');
    expect(google.requests.filter((u) => u.includes('/gtag/js')).length).toBe(loads);
    expect(await cookieNames(page)).toEqual(DECIDED_COOKIES);
  });

  test('the policy page leads to the cookie settings', async ({ page }) => {
    await page.goto('/privacy-policy');
    await page.locator('#cookies').getByRole('link', { name: 'your cookie settings' }).click();
    await expect(page).toHaveURL(/\/cookie-settings$/);
    await expect(page.getByText('You haven’t made a choice yet')).toBeVisible();
  });
});
