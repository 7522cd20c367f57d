import { banner, cookieNames, expect, test, DECIDED_COOKIES } from './fixtures';

// The same journeys with JavaScript off: the banner and settings are real form posts.
test('Accept all and Reject all work as plain form posts and come back to the same page', async ({ page }) => {
  await page.goto('/privacy-policy');
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(page).toHaveURL(/\/privacy-policy$/);
  await expect(page.getByRole('status')).toHaveText(/You’ve accepted analytics cookies/);
  expect(await cookieNames(page)).toEqual(DECIDED_COOKIES);
  await page.goto('/');
  await expect(banner(page)).toHaveCount(0);
});

test('Manage preferences saves a custom choice and shows it in the history', async ({ page }) => {
  await page.goto('/');
  await banner(page).getByRole('link', { name: 'Manage preferences' }).click();
  // A prerendered page's link carries no address of its own.
  await expect(page).toHaveURL(/\/cookie-settings$/);
  await page.getByLabel('Use analytics cookies', { exact: true }).check();
  await page.getByRole('button', { name: 'Save cookie settings' }).click();
  // Back to the page they came from, which says the choice was saved.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('status')).toHaveText(/accepted/);
  // Opened directly, the settings page keeps the visitor there after saving.
  await page.goto('/cookie-settings');
  await expect(page.getByRole('table', { name: /Choices recorded/ })).toContainText('Saved cookie settings');
  await page.getByLabel('Do not use analytics cookies').check();
  await page.getByRole('button', { name: 'Save cookie settings' }).click();
  await expect(page.getByRole('table', { name: /Choices recorded/ })).toContainText(
    'Withdrew consent to analytics cookies',
  );
});

test('Reject all is remembered across pages', async ({ page }) => {
  await page.goto('/');
  await banner(page).getByRole('button', { name: 'Reject all' }).click();
  await expect(page.getByRole('status')).toHaveText(/rejected/);
  for (const path of ['/privacy-policy', '/cookie-settings']) {
    await page.goto(path);
    await expect(banner(page)).toHaveCount(0);
  }
});
