import { staffPage } from './admin';
import { axe } from './axe';
import { expect, test } from './fixtures';
import { uniqueEmail, waitLikeAPerson } from './forms';
import { uniqueTitle } from './have-your-say';
import { linkIn, waitForEmail } from './mailbox';

test('feedback with permission: staff approve it, it shows on the testimonials page, and the person withdraws it', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const email = uniqueEmail(testInfo);
  const quote = `They found us a better rate in a week (${uniqueTitle(testInfo, 'fb')})`;
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Give us feedback' }).click();
  await expect(page.getByRole('radio', { name: 'No, keep my feedback private' })).toBeChecked();
  await expect(page.getByLabel(/Yes, email me/)).not.toBeChecked();
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link')).toHaveText([
    'Enter your name',
    'Enter your email address',
    'Enter your feedback',
  ]);
  expect(await axe(page)).toEqual([]);
  await page.getByLabel('Your name').fill('Tess Timonial');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Company name (optional)').fill('Timonial Bakery');
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByLabel('Your feedback').fill(quote);
  await page.getByRole('radio', { name: /with my name and company/ }).check();
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^FBK-/);
  const reference = (await page.getByTestId('reference').textContent())!;

  const staff = await staffPage(browser, testInfo);
  await staff.page.goto('/admin/feedback');
  const row = staff.page.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('May publish with name');
  await row.getByRole('button', { name: `Approve and publish: ${reference}` }).click();
  await expect(row).toContainText('Published');
  await page.goto('/');
  await page.getByRole('link', { name: 'what our customers say' }).click();
  await expect(page).toHaveURL(/\/testimonials$/);
  const testimonial = page
    .getByRole('region', { name: 'What our customers say' })
    .getByRole('listitem')
    .filter({ hasText: quote });
  await expect(testimonial).toContainText('Tess Timonial, Timonial Bakery');
  await expect(testimonial).toContainText('Rated 5 out of 5');
  expect(await axe(page)).toEqual([]);

  const thanks = await waitForEmail(email, /^Thank you for your feedback/);
  expect(thanks.text).toContain('You said we may publish it on our website with your name and company');
  const link = linkIn(thanks, /\/feedback\/withdraw\//);
  await page.goto(link);
  await page.getByRole('button', { name: 'Withdraw my permission' }).click();
  await expect(page.getByRole('heading', { name: 'Your feedback is not published' })).toBeVisible();
  await page.goto('/testimonials');
  await expect(page.getByText(quote)).toHaveCount(0);
  await staff.page.reload();
  await expect(staff.page.getByRole('row', { name: new RegExp(reference) })).toContainText('Withdrawn');
  await expect(staff.page.getByRole('button', { name: `Approve and publish: ${reference}` })).toHaveCount(0);
  // The ledger names the permission and its withdrawal as what they are, not as marketing consent.
  await staff.page.goto(`/admin/consents?kind=PUBLICATION&q=${encodeURIComponent(email)}`);
  const records = staff.page.getByRole('table', { name: 'Consent records, newest first' }).getByRole('row');
  await expect(records.nth(1)).toContainText('Permission to publish feedback');
  await expect(records.nth(1)).toContainText('Withdrew permission to publish their feedback');
  await expect(records.nth(1)).toContainText('Withdraw link in an email');
  await expect(records.nth(2)).toContainText('Gave permission to publish their feedback');
  await expect(records.nth(2)).toContainText('Feedback form');
  await expect(staff.page.getByRole('table', { name: 'Consent records, newest first' })).not.toContainText('Marketing');
  // An altered link changes nothing and says so.
  await page.goto(link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
  await expect(page.getByRole('heading', { name: 'This link isn’t valid' })).toBeVisible();
  await staff.close();
});

test('private feedback (the default) can never be approved for the website', async ({ page, browser }, testInfo) => {
  const email = uniqueEmail(testInfo);
  await page.goto('/feedback');
  await page.getByLabel('Your name').fill('Pri Vate');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Your feedback').fill('Keep this between us, please.');
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send feedback' }).click();
  const reference = (await page.getByTestId('reference').textContent())!;
  const thanks = await waitForEmail(email, /^Thank you for your feedback/);
  expect(thanks.text).toContain('You asked us to keep it private');
  expect(thanks.text).not.toContain('/feedback/withdraw/');
  const staff = await staffPage(browser, testInfo);
  await staff.page.goto('/admin/feedback');
  const row = staff.page.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('Private');
  await expect(row.getByRole('button', { name: /Approve/ })).toHaveCount(0);
  await staff.close();
});
