import { cookieNames, expect, GA_ID, test, DECIDED_COOKIES } from './fixtures';

// Served as www.lumina-test.co.uk (Chromium's host resolver maps it to this machine), where GA
// puts its cookies on the registrable domain `.lumina-test.co.uk`, not on the host.
test('withdrawing deletes analytics cookies on the parent domain too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => cookieNames(page)).toContain('_ga');
  const domains = Object.fromEntries((await page.context().cookies()).map((c) => [c.name, c.domain]));
  expect(domains).toMatchObject({ _ga: '.lumina-test.co.uk', [`_ga_${GA_ID.slice(2)}`]: '.lumina-test.co.uk' });
  expect(domains.lumina_consent).toBe('www.lumina-test.co.uk');

  await page.goto('/cookie-settings');
  await page.getByLabel('Do not use analytics cookies').check();
  await page.getByRole('button', { name: 'Save cookie settings' }).click();
  await expect(page.getByRole('status')).toHaveText(/rejected/);
  expect(await cookieNames(page)).toEqual(DECIDED_COOKIES);
});
