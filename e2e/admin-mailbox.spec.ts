import { ADMIN, addColleague, signIn } from './admin';
import { axe } from './axe';
import { expect, test } from './fixtures';
import { fillEnquiry, fillNewsletter, uniqueEmail, waitLikeAPerson } from './forms';
import { linkIn, waitForEmail } from './mailbox';

test('staff read a sign-up’s confirmation email in the Mailbox, and the view is audited', async ({
  page,
}, testInfo) => {
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
  await expect(
    page.getByRole('heading', { name: 'Confirm your Lumina Energy newsletter subscription', level: 1 }),
  ).toBeVisible();
  await expect(page.locator('.email-text')).toContainText('Hello Mailbox Reader,');
  const frame = page.frameLocator('iframe.email-frame');
  await expect(frame.getByRole('link', { name: 'Confirm my subscription' })).toBeVisible();
  // The link is the recipient's alone: withheld here, even from an admin, since it was emailed.
  await expect(page.locator('.email-text')).toContainText('[link withheld #1]');
  expect(await page.content()).not.toContain('/newsletter/confirm?token=');
  await expect(page.getByTestId('links-withheld')).toContainText('Only the recipient can open them.');
  const link = linkIn(await waitForEmail(email, /Confirm your/), /\/newsletter\/confirm\?token=/);

  await page.goto('/admin/audit');
  await expect(page.getByRole('row').filter({ hasText: 'email-viewed' }).filter({ hasText: email })).toHaveCount(1);

  await page.goto(link);
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, your subscription is confirmed' })).toBeVisible();
});

test('a staff member reading a new admin’s set-up email sees no link, and cannot become an admin', async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const staff = await addColleague(browser, testInfo, 'Staff', 'reader');
  // An admin invites another admin; the email waits in the outbox for the recipient.
  const invited = `invited.${testInfo.testId}.${testInfo.retry}@lumina.test`.toLowerCase();
  const admin = await browser.newPage();
  await signIn(admin, ADMIN);
  await admin.goto('/admin/staff');
  await admin.getByLabel('Their name').fill('Invited Admin');
  await admin.getByLabel('Their email address').fill(invited);
  await admin.getByRole('radio', { name: /^Admin:/ }).check();
  await admin.getByRole('button', { name: 'Add and email a set-up link' }).click();
  await expect(admin.getByTestId('setup-link')).toContainText('/admin/setup?token=');
  await admin.close();

  await signIn(page, staff);
  await page.goto(`/admin/mailbox?to=${encodeURIComponent(invited)}`);
  await page.getByRole('row').filter({ hasText: invited }).getByRole('link').first().click();
  await expect(page.locator('.email-text')).toContainText('Choose your password:\n[link withheld #1]');
  await expect(page.getByTestId('links-withheld')).toContainText('Only the recipient can open them.');
  expect(await page.content()).not.toMatch(/setup\?token=/);
  const id = new URL(page.url()).pathname.split('/')[3]!;
  for (const path of [
    `/admin/mailbox/${id}/html`,
    `/admin/mailbox/${id}/html?links=show`,
    `/admin/mailbox/${id}?links=show`,
  ]) {
    expect(await (await page.request.get(path)).text(), path).not.toMatch(/setup\?token=/);
  }
  expect((await page.request.get('/admin/staff')).status()).toBe(403);
  // The recipient's own copy has the link, and it works for them.
  expect(linkIn(await waitForEmail(invited, /back-office account/), /\/admin\/setup\?token=/)).toMatch(
    /token=[a-z2-7]{32}$/,
  );
});

test('axe finds no violations on the back-office pages', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/admin/sign-in');
  expect(await axe(page)).toEqual([]);
  await signIn(page, ADMIN);
  for (const path of [
    '/admin',
    '/admin/requests',
    '/admin/consents',
    '/admin/newsletters',
    '/admin/newsletters/new',
    '/admin/mailbox',
    '/admin/staff',
    '/admin/account',
    '/admin/audit',
  ]) {
    await page.goto(path);
    expect(await axe(page), path).toEqual([]);
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
  expect(await axe(page), 'request page').toEqual([]);
});
