import { ADMIN, signIn } from './admin';
import { expect, test } from './fixtures';
import { uniqueEmail, waitLikeAPerson } from './forms';
import { linkIn, waitForEmail } from './mailbox';
import { KINDS, VERIFY_SUBJECT, openRequest } from './privacy';

test('without JavaScript: errors come back with answers kept; then request, confirm, erase and be told', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const email = uniqueEmail(testInfo);
  await page.goto('/privacy/request');
  await page.getByLabel('Your name').fill('Nadia <i>NoScript</i>');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Details (optional)').fill('Please remove me.');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText(['Choose what you would like us to do']);
  await expect(page.getByLabel('Your name')).toHaveValue('Nadia <i>NoScript</i>');
  await expect(page.getByLabel('Details (optional)')).toHaveValue('Please remove me.');

  await page.getByRole('radio', { name: KINDS.erasure }).check();
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  const reference = (await page.getByTestId('reference').textContent()) ?? '';
  expect(reference).toMatch(/^DSR-/);
  const message = await waitForEmail(email, VERIFY_SUBJECT);
  expect(message.html).toContain('Hello Nadia &lt;i&gt;NoScript&lt;/i&gt;,');
  await page.goto(linkIn(message, /\/privacy\/verify\?token=/));
  await page.getByRole('button', { name: 'Confirm my request' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: your request is confirmed' })).toBeVisible();

  // Staff, also without JavaScript: the unticked confirmation is refused on the page, then erasure.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: false });
  const staff = await context.newPage();
  await signIn(staff, ADMIN);
  await openRequest(staff, reference);
  await expect(staff.getByText('Please remove me.')).toBeVisible();
  await staff.getByRole('button', { name: 'Erase everything about this person' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Not done: Tick the box to confirm' })).toBeVisible();
  await staff.getByLabel(/I have checked there is no legal reason/).check();
  await staff.getByRole('button', { name: 'Erase everything about this person' }).click();
  await expect(
    staff.getByRole('status').filter({ hasText: 'Everything about this person has been erased' }),
  ).toBeVisible();
  await expect(staff.getByText('Please remove me.')).toHaveCount(0);
  await context.close();
  await waitForEmail(email, /^We have deleted your information/);
});
