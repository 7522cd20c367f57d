import { ADMIN, FORM_ALERT, signOut } from './admin';
import { expect, test } from './fixtures';
import { fillEnquiry, uniqueEmail, waitLikeAPerson } from './forms';
import { waitForEmail } from './mailbox';

test('without JavaScript, staff sign in (after a wrong password) and sign out', async ({ page }) => {
  await page.goto('/admin/mailbox');
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin%2Fmailbox$/);
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password').fill('a wrong password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(
    'The email address or password is not right.',
  );
  await expect(page.getByLabel('Email address')).toHaveValue(ADMIN.email);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/mailbox$/);
  await expect(page.getByRole('heading', { name: 'Mailbox' })).toBeVisible();
  await signOut(page);
  await expect(page.getByRole('status')).toHaveText('You have been signed out.');
});

test('without JavaScript, the consent ledger gives its figures as a table and verifies its chain', async ({ page }) => {
  await page.goto('/admin/consents');
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Consent ledger' })).toBeVisible();
  await expect(page.getByTestId('total-accept')).toHaveText(/^\d+$/);
  await page.getByText(/Figures for each day with decisions/).click();
  await expect(page.getByRole('table', { name: /Cookie decisions per day, last 30 days/ })).toBeVisible();
  await page.getByRole('button', { name: 'Verify the ledger now' }).click();
  await expect(page).toHaveURL(/verified=1/);
  await expect(page.getByRole('status')).toContainText(/Intact\. All \d+ records were checked/);
});

test('without JavaScript, staff reply to an enquiry by email', async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, 'reply-no-js');
  await page.goto('/contact');
  await fillEnquiry(page, { email });
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send enquiry' }).click();
  const reference = (await page.getByTestId('reference').textContent())!;
  await page.goto(`/admin/requests?q=${reference}`);
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('link', { name: reference }).click();
  await page.getByLabel('Subject').fill('');
  await page.getByLabel('Your reply').fill('Thank you: we will call you on Monday.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('Enter the subject');
  await expect(page.getByLabel('Your reply')).toHaveValue('Thank you: we will call you on Monday.');
  await page.getByLabel('Subject').fill(`About ${reference}`);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your reply has been sent' })).toBeVisible();
  expect((await waitForEmail(email, new RegExp(`^About ${reference}$`))).text).toContain('we will call you on Monday');
});
