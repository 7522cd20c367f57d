// Passkeys and "two-factor sign-in for everyone", on a server of their own at http://localhost (browsers
// refuse passkeys at an IP address, and the rule would confine every other test's admin). Chromium's
// virtual authenticator (CDP WebAuthn) stands in for a phone or laptop's passkey store.
import { rmSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { ADMIN, FORM_ALERT, signIn, signOut } from './admin';
import { ADMIN_ROUTES, routeUrl } from './admin-routes';
import { type FaultServer, startServer, stopped } from './fault-server';
import { expect, test } from './fixtures';
import { appCode, enterCode } from './two-factor';

const PASSKEY_PORT = Number(process.env.E2E_PORT ?? 3210) + 7;
let server: FaultServer;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  rmSync('.data/e2e-passkeys', { recursive: true, force: true });
  server = await startServer(PASSKEY_PORT, 'pglite:.data/e2e-passkeys', {
    SITE_URL: `http://localhost:${PASSKEY_PORT}`,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ADMIN_NAME: 'Ada Admin',
  });
});
test.afterAll(async () => {
  server?.process.kill('SIGTERM');
  if (server) await stopped(server.process);
});

// A passkey store in this page's browser: a platform authenticator that verifies its user.
async function virtualAuthenticator(page: Page, userVerified = true): Promise<{ cdp: CDPSession; id: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: userVerified,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, id: authenticatorId };
}

async function addPasskey(page: Page, name: string, password: string) {
  await page.goto('/admin/account');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add a passkey' }) });
  await form.getByLabel('Name for the passkey').fill(name);
  await form.getByLabel('Current password').fill(password);
  await form.getByRole('button', { name: 'Add a passkey' }).click();
}

test('a passkey is added, signs in alone and as the second step, shows when it was used, and is removed', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { cdp, id } = await virtualAuthenticator(page);
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);

  // A wrong password is refused before the browser is asked for anything.
  await addPasskey(page, 'Work laptop', 'not my password');
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('Your current password is not right');
  expect((await cdp.send('WebAuthn.getCredentials', { authenticatorId: id })).credentials).toHaveLength(0);

  await addPasskey(page, 'Work laptop', ADMIN.password);
  await expect(page.getByRole('status')).toContainText('Your passkey has been added');
  await expect(page.getByTestId('passkeys')).toContainText('Work laptop');
  await expect(page.getByTestId('passkeys')).toContainText('not used yet');
  await expect(page.getByText(/^On\. After your password, signing in asks for 1 passkey/)).toBeVisible();
  const stored = (await cdp.send('WebAuthn.getCredentials', { authenticatorId: id })).credentials;
  expect(stored).toHaveLength(1);
  expect(stored[0]!.isResidentCredential).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('account-passkey-1280.png'), fullPage: true });

  // On its own: no email, no password.
  await signOut(page);
  await page.goto('/admin/sign-in?next=%2Fadmin%2Frequests');
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page).toHaveURL(/\/admin\/requests$/);
  await page.goto('/admin/account');
  await expect(page.getByTestId('passkeys')).toContainText(/last used \d/);

  // As the second step: the password alone is not enough any more.
  await signOut(page);
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin\/sign-in\/verify$/);
  await page.goto('/admin/requests');
  await expect(page).toHaveURL(/\/admin\/sign-in\/verify\?next=%2Fadmin%2Frequests$/);
  await page.getByRole('button', { name: 'Use my passkey' }).click();
  await expect(page).toHaveURL(/\/admin\/requests$/);

  // Removed: the browser still holds it, but the site no longer accepts it.
  await page.goto('/admin/account');
  await page.locator('summary', { hasText: 'Remove “Work laptop”' }).click();
  const remove = page.locator('form').filter({ has: page.getByRole('button', { name: 'Remove “Work laptop”' }) });
  await remove.getByLabel('Current password').fill(ADMIN.password);
  await remove.getByRole('button', { name: 'Remove “Work laptop”' }).click();
  await expect(page.getByRole('status')).toContainText('Your passkey has been removed');
  await expect(page.getByText('You have no passkeys.')).toBeVisible();
  await signOut(page);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('alert', { name: 'The passkey was not used' })).toContainText(
    'That passkey was not accepted',
  );
  await expect(page).toHaveURL(/\/admin\/sign-in\?signedOut=1$/);
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
});

test('a passkey that does not check its owner cannot sign in alone; without JavaScript the page says passkeys need it', async ({
  page,
  browser,
}) => {
  await virtualAuthenticator(page, false);
  await page.goto('/admin/sign-in');
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('alert', { name: 'The passkey was not used' })).toContainText(
    /cancelled or timed out|not accepted/,
  );

  const noScript: BrowserContext = await browser.newContext({
    baseURL: `http://localhost:${PASSKEY_PORT}`,
    javaScriptEnabled: false,
  });
  const plain = await noScript.newPage();
  await plain.goto('/admin/sign-in');
  await expect(plain.getByTestId('passkey-unavailable')).toHaveText(
    'Passkeys need JavaScript. Turn it on in your browser to use one.',
  );
  await expect(plain.getByRole('button', { name: 'Sign in with a passkey' })).toHaveCount(0);
  await noScript.close();
});

test('two-factor sign-in for everyone: a colleague without one is sent to add one and reaches nothing else', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  await virtualAuthenticator(page);
  await signIn(page, ADMIN);
  await page.goto('/admin/staff');
  // Not before the admin has one of their own.
  await page.getByRole('button', { name: 'Require two-factor sign-in for everyone' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Add a passkey or an authenticator app to your own account' }),
  ).toBeVisible();
  await addPasskey(page, 'Admin phone', ADMIN.password);
  await expect(page.getByRole('status')).toContainText('Your passkey has been added');
  await page.goto('/admin/staff');
  await page.getByRole('button', { name: 'Require two-factor sign-in for everyone' }).click();
  await expect(page.getByRole('status')).toContainText('Two-factor sign-in is now required for everyone.');

  // A new colleague's set-up link leads to adding a second factor, and nowhere else.
  await page.getByLabel('Their name').fill('Rule Follower');
  await page.getByLabel('Their email address').fill('rule.follower@lumina.test');
  await page.getByRole('radio', { name: /^Staff:/ }).check();
  await page.getByRole('button', { name: 'Add and email a set-up link' }).click();
  const link = (await page.getByTestId('setup-link').textContent()) ?? '';
  const colleague = await browser.newContext({
    baseURL: `http://localhost:${PASSKEY_PORT}`,
    viewport: { width: 390, height: 844 },
  });
  const phone = await colleague.newPage();
  await phone.goto(link);
  const password = 'a long password for the rule';
  await phone.getByLabel('Password', { exact: true }).fill(password);
  await phone.getByLabel('Confirm password').fill(password);
  await phone.getByRole('button', { name: 'Save password and sign in' }).click();
  await expect(phone).toHaveURL(/\/admin\/account\?required=1$/);
  await expect(phone.getByTestId('second-factor-required')).toContainText(
    'Two-factor sign-in is required for everyone',
  );
  await expect(phone.getByRole('navigation', { name: 'Back office' })).toHaveCount(0);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await phone.screenshot({ path: testInfo.outputPath('second-factor-required-390.png'), fullPage: true });
  for (const route of ADMIN_ROUTES) {
    const response = await phone.request.get(routeUrl(route), { maxRedirects: 0 });
    if (route.startsWith('/admin/account')) expect(response.status(), route).toBe(200);
    else expect([response.status(), response.headers().location], route).toEqual([307, '/admin/account?required=1']);
  }
  await phone.goto('/admin/requests');
  await expect(phone).toHaveURL(/\/admin\/account\?required=1$/);

  // An authenticator app lets them in; the rule then keeps them from removing their only one.
  const setup = phone
    .locator('form')
    .filter({ has: phone.getByRole('button', { name: 'Set up an authenticator app' }) });
  await setup.getByLabel('Current password').fill(password);
  await setup.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const key = (await phone.getByTestId('totp-key').textContent()) ?? '';
  await phone.getByLabel('Code from the app').fill(appCode(key));
  await phone.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const codes = phone.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().textContent()) ?? '';
  await phone.goto('/admin/requests');
  await expect(phone).toHaveURL(/\/admin\/requests$/);
  await phone.goto('/admin/account');
  const remove = phone
    .locator('form')
    .filter({ has: phone.getByRole('button', { name: 'Remove the authenticator app' }) });
  await remove.getByLabel('Current password, or a code from your app').fill(appCode(key, 1));
  await remove.getByRole('button', { name: 'Remove the authenticator app' }).click();
  await expect(phone.getByRole('alert', { name: FORM_ALERT })).toContainText(
    'you can’t remove your only second factor',
  );

  // Signing in again asks for the second factor, as for anyone with one (the app's codes for now and
  // the next step are used up, so a recovery code).
  await signOut(phone);
  await signIn(phone, { email: 'rule.follower@lumina.test', password });
  await expect(phone).toHaveURL(/\/admin\/sign-in\/verify$/);
  await enterCode(phone, recoveryCode);
  await expect(phone).toHaveURL(/\/admin$/);
  await colleague.close();

  await page.goto('/admin/staff');
  await expect(page.getByRole('row', { name: /Rule Follower/ })).toContainText('Authenticator app');
  await page.getByRole('button', { name: 'Stop requiring two-factor sign-in' }).click();
  await expect(page.getByRole('status')).toContainText('Two-factor sign-in is now optional.');
});
