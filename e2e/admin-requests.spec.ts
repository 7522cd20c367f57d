import { expect, test } from './fixtures';
import { addColleague, FORM_ALERT, signIn } from './admin';
import { fillEnquiry, uniqueEmail, waitLikeAPerson } from './forms';

test('staff find an enquiry, work it through to answered, and keep a note and a call on file', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000); // several people, forms and emails in one journey on a busy two-core machine
  const email = uniqueEmail(testInfo);
  const company = `Queue Test ${testInfo.testId.slice(0, 8)} Ltd`;
  await page.goto('/contact');
  await fillEnquiry(page, { email, company, message: 'Line one\n<b>not bold</b>' });
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send enquiry' }).click();
  const reference = (await page.getByTestId('reference').textContent())!;

  await signIn(page, await addColleague(browser, testInfo, 'Staff', 'worker'));
  await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Enquiries and quotes' }).click();
  await page.getByLabel('Search').fill(company);
  await page.getByLabel('Type').selectOption('enquiry');
  await page.getByLabel('Status').selectOption('NEW');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/type=enquiry/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await page.getByRole('link', { name: reference }).click();

  await expect(page.getByRole('heading', { name: `Enquiry ${reference}` })).toBeVisible();
  await expect(page.locator('dd', { hasText: '<b>not bold</b>' })).toBeVisible();
  await expect(page.getByText('Did not opt in: never use these details for marketing')).toBeVisible();

  await page.getByLabel('Status').selectOption('IN_PROGRESS');
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status set to In progress.' })).toBeVisible();

  await page.getByRole('radio', { name: 'Correspondence with the customer' }).check();
  await page.getByLabel('Note', { exact: true }).fill('Rang them about the March renewal.');
  await page.getByRole('button', { name: 'Add to the record' }).click();
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('For correspondence, say whether it came in or went out, and how');
  await page.getByRole('radio', { name: 'To the customer' }).check();
  await page.getByRole('radio', { name: 'Phone' }).check();
  await page.getByRole('button', { name: 'Add to the record' }).click();
  const timeline = page.locator('.timeline');
  await expect(timeline).toContainText('to the customer by phone');
  await expect(timeline).toContainText('Rang them about the March renewal.');
  await expect(timeline).toContainText('New → In progress');
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('');

  await page.getByRole('radio', { name: 'Internal note' }).check();
  await page.getByLabel('Note', { exact: true }).fill('Wants a two-year fix.');
  await page.getByRole('button', { name: 'Add to the record' }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(3);

  await page.getByLabel('Status').selectOption('ANSWERED');
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status set to Answered.' })).toBeVisible();
  await page.goto(`/admin/requests?q=${encodeURIComponent(company)}&status=ANSWERED`);
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await page.goto(`/admin/requests?q=${encodeURIComponent(company)}&status=NEW`);
  await expect(page.getByText('Nothing to show')).toBeVisible();
});

test('nonsense in the list’s address is ignored, not an error', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000); // several people, forms and emails in one journey on a busy two-core machine
  await signIn(page, await addColleague(browser, testInfo, 'Staff', 'fuzzer'));
  for (const query of ['?status=DROP', '?from=2026-13-45&to=yesterday', '?type[]=x&page=-4', `?q=${'x'.repeat(5000)}`, '?page=99999999999']) {
    const response = await page.goto(`/admin/requests${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole('heading', { name: 'Enquiries and quotes' })).toBeVisible();
  }
});
