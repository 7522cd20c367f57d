import { readFileSync } from 'node:fs';
import { ADMIN, signIn } from './admin';
import { expect, test } from './fixtures';
import { fillNewsletter, uniqueEmail, waitLikeAPerson } from './forms';
import { linkIn, waitForEmail } from './mailbox';

test('staff see each subscriber’s status and consent evidence; the CSV holds active subscribers only', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000); // several people, forms and emails in one journey on a busy two-core machine
  const confirmed = uniqueEmail(testInfo, 'confirmed');
  const pending = uniqueEmail(testInfo, 'pending');
  for (const [name, email] of [
    ['=Confirmed Person', confirmed],
    ['Pending Person', pending],
  ] as const) {
    await page.goto('/newsletter');
    await fillNewsletter(page, name, email);
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page).toHaveURL(/check-email/);
  }
  await page.goto(linkIn(await waitForEmail(confirmed, /Confirm your/), /token=/));
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page).toHaveURL(/confirmed$/);

  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Subscribers' }).click();
  await page.getByLabel('Search').fill(testInfo.testId);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('row').filter({ hasText: confirmed })).toContainText('Active');
  await expect(page.getByRole('row').filter({ hasText: pending })).toContainText('Awaiting confirmation');

  await page.getByRole('link', { name: confirmed }).click();
  const evidence = page.getByRole('table', { name: /Marketing consent records/ });
  await expect(evidence.getByRole('row')).toHaveCount(3);
  await expect(evidence).toContainText('Opted in');
  await expect(evidence).toContainText('Confirmed by the emailed link');
  await expect(evidence).toContainText('Yes, email me Lumina Energy’s monthly newsletter');

  await page.goto('/admin/subscribers');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export active subscribers (CSV)' }).click();
  const file = await (await download).path();
  await expect(page.getByRole('status').filter({ hasText: 'Export ready' })).toBeVisible();
  const csv = readFileSync(file, 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('email,name,company,confirmed_at');
  expect(lines.some((l) => l.startsWith(`${confirmed},'=Confirmed Person,`))).toBe(true);
  expect(csv).not.toContain(pending);
  for (const line of lines.slice(1)) expect(line).toMatch(/^[^,]+@[^,]+,/);

  await page.goto('/admin/audit?action=subscribers-exported');
  await expect(page.getByRole('row').filter({ hasText: ADMIN.email }).first()).toBeVisible();
});
