import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { ADMIN, signIn } from './admin';
import { fillEnquiry, fillNewsletter, uniqueEmail, waitLikeAPerson } from './forms';

test('staff read a sign-up’s confirmation email in the Mailbox, and the view is audited', async ({ page }, testInfo) => {
  test.setTimeout(90_000); // several people, forms and emails in one journey on a busy two-core machine
  const email = uniqueEmail(testInfo);
  await page.goto('/newsletter');
  await fillNewsletter(page, 'Mailbox Reader', email);
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/check-email/);

  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Mailbox' }).click();
  await page.getByLabel('Recipient contains').fill(email);
  await page.getByRole('button', { name: 'Filter' }).click();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: 'Confirm your Lumina Energy newsletter subscription' }).click();
  await expect(page.getByRole('heading', { name: 'Confirm your Lumina Energy newsletter subscription', level: 1 })).toBeVisible();
  await expect(page.locator('.email-text')).toContainText('Hello Mailbox Reader,');
  const frame = page.frameLocator('iframe.email-frame');
  await expect(frame.getByRole('link', { name: 'Confirm my subscription' })).toBeVisible();
  const link = /https?:\/\/\S+\/newsletter\/confirm\?token=[\w-]+/.exec((await page.locator('.email-text').textContent()) ?? '')?.[0];
  expect(link).toBeDefined();

  await page.goto('/admin/audit');
  await expect(page.getByRole('row').filter({ hasText: 'email-viewed' }).filter({ hasText: email })).toHaveCount(1);

  await page.goto(link!);
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, your subscription is confirmed' })).toBeVisible();
});

test('axe finds no violations on the back-office pages', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const scan = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()).violations;
  await page.goto('/admin/sign-in');
  expect(await scan()).toEqual([]);
  await signIn(page, ADMIN);
  for (const path of ['/admin', '/admin/requests', '/admin/consents', '/admin/newsletters', '/admin/newsletters/new', '/admin/mailbox', '/admin/staff', '/admin/account', '/admin/audit']) {
    await page.goto(path);
    expect(await scan(), path).toEqual([]);
  }
  // A request's own page, with its status and note forms.
  await page.goto('/contact');
  await fillEnquiry(page, { email: uniqueEmail(testInfo) });
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send enquiry' }).click();
  const reference = (await page.getByTestId('reference').textContent())!;
  await page.goto(`/admin/requests?q=${reference}`);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('button', { name: 'Add to the record' })).toBeVisible();
  expect(await scan(), 'request page').toEqual([]);
});
