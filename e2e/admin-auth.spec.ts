import type { Page } from '@playwright/test';
import { ADMIN, addColleague, FORM_ALERT, signIn, signOut } from './admin';
import { expect, test } from './fixtures';
import { inbox, linkIn, waitForEmail } from './mailbox';

// The change-password form (the account page also asks for the password before two-factor changes).
const passwordForm = (page: Page) =>
  page.locator('form').filter({ has: page.getByRole('button', { name: 'Change password' }) });

test.describe('back-office sign-in', () => {
  test('staff sign in, see the dashboard, and sign out; the cookie is __Host-, Secure, httpOnly', async ({
    page,
    context,
  }) => {
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin$/);
    await signIn(page, { ...ADMIN, password: 'not the password' }, page.url());
    await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(
      'The email address or password is not right.',
    );
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(page.getByLabel('Email address')).toHaveValue(ADMIN.email);

    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Good to see you, Ada Admin' })).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === '__Host-lumina_staff');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.value).toMatch(/^[a-z2-7]{32}$/);

    await signOut(page);
    await expect(page.getByRole('status')).toHaveText('You have been signed out.');
    expect((await context.cookies()).map((c) => c.name)).not.toContain('__Host-lumina_staff');
    // The old cookie is dead on the server too.
    await context.addCookies([{ ...cookie!, sameSite: 'Lax' }]);
    await page.goto('/admin/account');
    await expect(page).toHaveURL(/\/admin\/sign-in/);
  });

  test('five wrong passwords lock the account from this address, even for the right password', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(90_000); // an admin adds the colleague first, then seven sign-ins, each hashing a password
    const colleague = await addColleague(browser, testInfo, 'Staff', 'locked');
    for (let i = 0; i < 4; i++) {
      await signIn(page, { ...colleague, password: `wrong guess ${i}` });
      await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(
        'The email address or password is not right.',
      );
    }
    await signIn(page, { ...colleague, password: 'wrong guess 5' });
    // Under a heading that says what happened (the form was sent: the person is not signed in).
    await expect(page.getByRole('alert', { name: 'You are not signed in' })).toContainText(
      'Too many wrong passwords or codes. For your security, sign-in is paused: try again in 15 minutes.',
    );
    await signIn(page, colleague);
    await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('sign-in is paused');
    await expect(page).toHaveURL(/sign-in/);
    // A client cannot claim another address: with no trusted proxy, X-Forwarded-For is not believed.
    const elsewhere = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.7' } });
    const other = await elsewhere.newPage();
    await signIn(other, colleague);
    await expect(other.getByRole('alert', { name: FORM_ALERT })).toContainText('sign-in is paused');
    await elsewhere.close();
  });

  test('an unknown email gets the same answer as a wrong password', async ({ page }) => {
    await signIn(page, { email: 'nobody@lumina.test', password: 'whatever it is' });
    await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(
      'The email address or password is not right.',
    );
  });

  test('sign out everywhere ends the session in every browser', async ({ page, browser }, testInfo) => {
    test.setTimeout(90_000); // a colleague is added by an admin first
    const colleague = await addColleague(browser, testInfo, 'Staff', 'everywhere');
    const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    try {
      const laptop = await other.newPage();
      await signIn(laptop, colleague);
      await expect(laptop).toHaveURL(/\/admin$/);
      await signIn(page, colleague);
      await page.goto('/admin/account');
      await page.getByRole('button', { name: 'Sign out everywhere' }).click();
      await expect(page.getByRole('status')).toHaveText('You have been signed out on every device.');
      await laptop.goto('/admin/mailbox');
      await expect(laptop).toHaveURL(/\/admin\/sign-in/);
    } finally {
      await other.close();
    }
  });

  test('changing the password needs the current one and signs out other browsers', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(90_000); // a colleague is added by an admin first
    const colleague = await addColleague(browser, testInfo, 'Staff', 'changer');
    await signIn(page, colleague);
    await page.goto('/admin/account');
    await passwordForm(page).getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill('an even longer new password');
    await page.getByLabel('Confirm new password').fill('an even longer new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('Your current password is not right');
    await passwordForm(page).getByLabel('Current password').fill(colleague.password);
    await page.getByLabel('New password', { exact: true }).fill('an even longer new password');
    await page.getByLabel('Confirm new password').fill('an even longer new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status')).toContainText('Your password has been changed');
    await signOut(page);
    await signIn(page, colleague);
    await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('not right');
    await signIn(page, { ...colleague, password: 'an even longer new password' });
    await expect(page).toHaveURL(/\/admin$/);
  });

  test('guessing the current password is limited like sign-in, and ends the session', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(90_000);
    const colleague = await addColleague(browser, testInfo, 'Staff', 'guesser');
    await signIn(page, colleague);
    for (let i = 0; i < 4; i++) {
      await page.goto('/admin/account');
      await passwordForm(page).getByLabel('Current password').fill(`guess number ${i}`);
      await page.getByLabel('New password', { exact: true }).fill('an even longer new password');
      await page.getByLabel('Confirm new password').fill('an even longer new password');
      await page.getByRole('button', { name: 'Change password' }).click();
      await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('Your current password is not right');
    }
    await passwordForm(page).getByLabel('Current password').fill('guess number 5');
    await page.getByLabel('New password', { exact: true }).fill('an even longer new password');
    await page.getByLabel('Confirm new password').fill('an even longer new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status')).toContainText('signed out after too many wrong passwords');
    await page.goto('/admin/account');
    await expect(page).toHaveURL(/\/admin\/sign-in/);
    await signIn(page, colleague);
    await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('sign-in is paused');
  });
});

test.describe('staff accounts', () => {
  test('an admin adds a colleague, who gets the set-up email, and the link works once', async ({ page }, testInfo) => {
    const email = `invitee.${testInfo.testId}.${testInfo.retry}@lumina.test`.toLowerCase();
    await signIn(page, ADMIN);
    await page.goto('/admin/staff');
    await page.getByRole('button', { name: 'Add and email a set-up link' }).click();
    await expect(page.getByRole('alert', { name: FORM_ALERT }).getByRole('link')).toHaveText([
      'Enter their name',
      'Enter your email address',
    ]);
    await page.getByLabel('Their name').fill('Grace Staff');
    await page.getByLabel('Their email address').fill(email);
    await page.getByRole('button', { name: 'Add and email a set-up link' }).click();
    await expect(page.getByRole('status')).toContainText(
      'Grace Staff has been emailed a link to choose their password.',
    );
    await expect(page.getByRole('row', { name: /Grace Staff/ })).toContainText('Invited (no password yet)');

    const message = await waitForEmail(email, /back-office account$/);
    const link = linkIn(message, /\/admin\/setup\?token=/);
    await signOut(page);
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Welcome, Grace Staff: choose your password' })).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Confirm password').fill('different');
    await page.getByRole('button', { name: 'Save password and sign in' }).click();
    await expect(page.getByRole('alert', { name: FORM_ALERT }).getByRole('link')).toHaveText([
      'Choose a password of at least 12 characters',
      'The two passwords don’t match',
    ]);
    await page.getByLabel('Password', { exact: true }).fill('grace chooses a long one');
    await page.getByLabel('Confirm password').fill('grace chooses a long one');
    await page.getByRole('button', { name: 'Save password and sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Good to see you, Grace Staff' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Back office' }).getByRole('link')).toHaveText([
      'Dashboard',
      'Enquiries and quotes',
      'Data requests',
      'Subscribers',
      'Newsletters',
      'Feedback',
      'Surveys',
      'Competitions',
      'Consent ledger',
      'Mailbox',
      'Your account',
    ]);
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'This set-up link can’t be used' })).toBeVisible();
    expect(await inbox(email)).toHaveLength(1);
  });

  test('deactivating a colleague signs them out; nobody can change their own account', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(90_000); // a colleague is added by an admin first
    const colleague = await addColleague(browser, testInfo, 'Staff', 'leaver');
    const theirs = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    try {
      const their = await theirs.newPage();
      await signIn(their, colleague);
      await expect(their).toHaveURL(/\/admin$/);
      await signIn(page, ADMIN);
      await page.goto('/admin/staff');
      const row = page.getByRole('row').filter({ hasText: colleague.email });
      await row.getByRole('button', { name: /^Deactivate/ }).click();
      await expect(page.getByRole('row').filter({ hasText: colleague.email })).toContainText('Deactivated');
      await expect(page.getByRole('row').filter({ hasText: ADMIN.email })).toContainText('You');
      await their.goto('/admin');
      await expect(their).toHaveURL(/\/admin\/sign-in/);
      await signIn(their, colleague);
      await expect(their.getByRole('alert', { name: FORM_ALERT })).toContainText('not right');
    } finally {
      await theirs.close();
    }
  });
});
