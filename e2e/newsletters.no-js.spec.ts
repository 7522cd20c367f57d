import { ADMIN, FORM_ALERT, signIn } from './admin';
import { expect, test } from './fixtures';
import { uniqueEmail } from './forms';
import { linkIn, waitForEmail } from './mailbox';
import { sendToSubscribers, subscribe, writeNewsletter } from './subscribers';

test.describe.configure({ timeout: 120_000 });

test('without JavaScript, staff write and send a newsletter, and a subscriber unsubscribes from its page', async ({
  page,
  browser,
}, testInfo) => {
  const email = uniqueEmail(testInfo);
  await subscribe(page, email);

  const staff = await browser.newPage({ javaScriptEnabled: false });
  await signIn(staff, ADMIN, '/admin/newsletters/new');
  // The server checks the same rules as the browser would.
  await staff.getByLabel('Subject').fill('No script');
  await staff.getByRole('button', { name: 'Save draft' }).click();
  await expect(staff.getByRole('alert', { name: FORM_ALERT })).toContainText('Enter the body');
  await expect(staff.getByLabel('Subject')).toHaveValue('No script');
  const subject = `Without script ${testInfo.testId}`;
  await writeNewsletter(staff, subject, 'Plain **words**.');
  await staff.getByRole('button', { name: /^Send to / }).click();
  await expect(staff.getByRole('alert', { name: FORM_ALERT })).toContainText('Tick the box');
  await sendToSubscribers(staff);
  await expect(staff.getByRole('link', { name: 'Refresh now' }).or(staff.getByText(/^Finished/))).toBeVisible();

  const copy = await waitForEmail(email, new RegExp(`^${subject}$`), 1);
  await page.goto(linkIn(copy, /\/unsubscribe\//));
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { name: 'You are unsubscribed' })).toBeVisible();
  // No sign-up form straight after unsubscribing.
  await expect(page.getByRole('heading', { name: 'Our newsletter' })).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(
    `We will not send the Lumina Energy newsletter to ${email} again`,
  );
});
