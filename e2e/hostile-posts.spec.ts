import { expect, test } from './fixtures';

// Posts a browser would never send, straight at the enquiry form's action: each gets a 4xx and a
// message, never a 500, and the site keeps working.
test.describe('hostile posts to a form action', () => {
  const post = async (page: import('@playwright/test').Page, headers: Record<string, string>, extra: Record<string, string> = {}) => {
    await page.goto('/contact');
    const hidden = await page.locator('input[type="hidden"][name^="$ACTION"]').evaluateAll((els) =>
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
    const response = await post(page, { Origin: new URL(baseURL!).origin }, { name: 'Ada\u0000\u0007', company: Buffer.from([0xff, 0xfe, 0xc3]).toString('latin1') });
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toMatch(/Your name contains characters we can(?:'|&#x27;)t accept/);
    await page.goto('/contact');
    await expect(page.getByRole('heading', { name: 'Quick enquiry' })).toBeVisible();
  });
});
