import { ADMIN, signIn } from './admin';
import { expect, test } from './fixtures';

test('admins set retention periods (out-of-range refused), see a dry run, purge, and every run is listed', async ({
  page,
}) => {
  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Retention' }).click();
  await expect(page.getByRole('heading', { name: 'Retention', level: 1 })).toBeVisible();
  const enquiries = page.getByLabel('Quick enquiries (days)');
  await expect(enquiries).toHaveValue('730');
  await enquiries.fill('5');
  await page.getByLabel('Expired links (days)').fill('soon');
  await page.getByRole('button', { name: 'Save retention periods' }).click();
  await expect(page.getByText('Quick enquiries: enter a whole number of days from 30 to 3650')).toBeVisible();
  await expect(page.getByText('Expired links: enter a whole number of days from 1 to 3650')).toBeVisible();
  await expect(page.getByLabel('Expired links (days)')).toHaveValue('soon');

  await page.getByLabel('Quick enquiries (days)').fill('1095');
  await page.getByLabel('Expired links (days)').fill('7');
  await page.getByRole('button', { name: 'Save retention periods' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: quick enquiries.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Quick enquiries (days)')).toHaveValue('1095');

  await page.getByRole('button', { name: 'Dry run: count what would be removed' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Dry run: \d+ record\(s\) would be removed\. Nothing was changed\.$/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Purge now' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Purge complete: \d+ record\(s\) removed\.$/ }),
  ).toBeVisible();
  await page.reload();
  const runs = page.getByRole('table', { name: 'Recent purge runs, newest first' }).getByRole('row');
  await expect(runs.nth(1)).toContainText('Purge');
  await expect(runs.nth(1)).toContainText('Ada Admin');
  await expect(runs.nth(2)).toContainText('Dry run');
  // The daily run, which each server starts a few seconds after it is up.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('cell', { name: 'Daily schedule' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
});
