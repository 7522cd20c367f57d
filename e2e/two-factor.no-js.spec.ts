// Without JavaScript: adding an authenticator app, and the code step of signing in, are plain forms.
import { addColleague, FORM_ALERT, signIn, signOut } from './admin';
import { expect, test } from './fixtures';
import { appCode, enterCode, setUpAuthenticator, WRONG_CODE } from './two-factor';

test('without JavaScript, staff add an app and sign in with its code', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const colleague = await addColleague(browser, testInfo, 'Staff', 'two-factor-no-js');
  await signIn(page, colleague);
  const { key, codes } = await setUpAuthenticator(page, colleague.password);
  expect(codes).toHaveLength(10);
  await signOut(page);
  await signIn(page, colleague, '/admin/sign-in?next=%2Fadmin%2Faccount');
  await expect(page).toHaveURL(/\/admin\/sign-in\/verify\?next=%2Fadmin%2Faccount$/);
  await enterCode(page, '12345');
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(WRONG_CODE);
  await expect(page.getByLabel('Code', { exact: true })).toHaveValue('12345');
  await enterCode(page, appCode(key, 1));
  await expect(page).toHaveURL(/\/admin\/account$/);
  await expect(page.getByText(/^On\./)).toBeVisible();
});
