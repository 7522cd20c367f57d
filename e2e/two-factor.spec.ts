// Two-factor sign-in for staff, as a person uses it: an authenticator app added from the account page,
// then asked for after the password; codes used once; recovery codes; wrong codes paused; an admin reset.
import { addColleague, ADMIN, FORM_ALERT, signIn, signOut } from './admin';
import { expect, test } from './fixtures';
import { waitForEmail } from './mailbox';
import { appCode, enterCode, setUpAuthenticator, WRONG_CODE } from './two-factor';

test('an app is added, then asked for after the password; each code works once; recovery codes too', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const colleague = await addColleague(browser, testInfo, 'Staff', 'two-factor');
  await signIn(page, colleague);
  await page.goto('/admin/account');
  await expect(page.getByText(/^Off\./)).toBeVisible();
  const setup = page.locator('form').filter({ has: page.getByRole('button', { name: 'Set up an authenticator app' }) });
  await setup.getByLabel('Current password').fill('not my password');
  await setup.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('Your current password is not right');
  await page.setViewportSize({ width: 390, height: 844 });
  const { key, codes } = await setUpAuthenticator(
    page,
    colleague.password,
    testInfo.outputPath('authenticator-390.png'),
  );
  expect(new Set(codes).size).toBe(10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('recovery-codes-390.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  expect((await waitForEmail(colleague.email, /sign-in was changed/)).text).toContain(
    'An authenticator app and recovery codes were added to it',
  );
  await page.goto('/admin/account');
  await expect(page.getByText(/^On\./)).toBeVisible();
  await expect(page.getByText('You have 10 unused recovery codes.')).toBeVisible();

  // Signing in now takes the password, then a code; a wrong code is refused with a reason.
  await signOut(page);
  await signIn(page, colleague, '/admin/sign-in?next=%2Fadmin%2Frequests');
  await expect(page).toHaveURL(/\/admin\/sign-in\/verify\?next=%2Fadmin%2Frequests$/);
  await expect(page.getByRole('heading', { name: 'Finish signing in' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('code-step-1280.png') });
  await enterCode(page, '000000' === appCode(key) ? '111111' : '000000');
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(WRONG_CODE);
  const code = appCode(key, 1);
  await enterCode(page, code);
  await expect(page).toHaveURL(/\/admin\/requests$/);

  // The same code again, in another sign-in, is refused; a recovery code lets them in, once.
  await signOut(page);
  await signIn(page, colleague);
  await enterCode(page, code);
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(WRONG_CODE);
  await enterCode(page, codes[0]!.toUpperCase());
  await expect(page).toHaveURL(/\/admin$/);
  expect((await waitForEmail(colleague.email, /sign-in was changed/, 2)).text).toContain(
    'A recovery code was used to sign in to it, and 9 recovery codes are left',
  );
  await signOut(page);
  await signIn(page, colleague);
  await enterCode(page, codes[0]!);
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(WRONG_CODE);
  await page.getByRole('button', { name: 'Cancel and sign out' }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin$/);
});

test('wrong codes count toward the same pause as wrong passwords', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const colleague = await addColleague(browser, testInfo, 'Staff', 'code-guess');
  await signIn(page, colleague);
  const { key } = await setUpAuthenticator(page, colleague.password);
  await signOut(page);
  await signIn(page, colleague);
  const wrong = appCode(key) === '123456' ? '654321' : '123456';
  for (let i = 0; i < 4; i++) {
    await enterCode(page, wrong);
    await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(WRONG_CODE);
  }
  await enterCode(page, wrong);
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(
    'Too many wrong passwords or codes. For your security, sign-in is paused',
  );
  // Even the right code waits out the pause.
  await enterCode(page, appCode(key, 1));
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('sign-in is paused');
  await expect(page).toHaveURL(/\/admin\/sign-in\/verify/);
});

test('an admin resets a colleague who lost their app: signed out, emailed, and back to a password', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const colleague = await addColleague(browser, testInfo, 'Staff', 'lost-phone');
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const theirs = await other.newPage();
  await signIn(theirs, colleague);
  await setUpAuthenticator(theirs, colleague.password);
  await signIn(page, ADMIN);
  await page.goto('/admin/staff');
  const row = page.getByRole('row').filter({ hasText: colleague.email });
  await expect(row.getByRole('cell', { name: 'Authenticator app' })).toBeVisible();
  await row.getByRole('button', { name: /^Reset second factor/ }).click();
  await expect(row.getByRole('cell', { name: 'None' })).toBeVisible();
  expect((await waitForEmail(colleague.email, /sign-in was changed/, 2)).text).toContain('was reset by');
  // Their browser was signed out; their password alone signs them in again.
  await theirs.goto('/admin/account');
  await expect(theirs).toHaveURL(/\/admin\/sign-in/);
  await signIn(theirs, colleague);
  await expect(theirs).toHaveURL(/\/admin$/);
  await other.close();
});
