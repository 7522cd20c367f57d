// Helpers for back-office tests: the first admin (created from ADMIN_EMAIL and ADMIN_PASSWORD by
// the test server) and colleagues added through the staff page, as an admin would.
import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

export const ADMIN = { email: 'admin@lumina.test', password: 'correct horse battery staple' };

// The error summary of a form that was refused (not Next.js's route announcer, also an alert).
export const FORM_ALERT = /There is a problem|Your form was not sent|You are not signed in/;

export type Credentials = { email: string; password: string };

// Signs in through the form, the way a person does, and waits for the page it leads to.
export async function signIn(page: Page, { email, password }: Credentials, path = '/admin/sign-in') {
  await page.goto(path);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // Either the site lets them in (and leaves the sign-in page, or asks for their code) or it says why not.
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith('/admin/sign-in') || url.pathname === '/admin/sign-in/verify'),
    page.getByRole('alert', { name: FORM_ALERT }).waitFor(),
  ]);
}

// Signs out with the header's button and waits for the sign-in page, so that what comes next (often
// signing in again) never races the sign-out.
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
}

// An admin adds a colleague; the colleague chooses a password from the set-up link. Each test gets
// its own colleague, so locking or signing one out never disturbs another test.
export async function addColleague(
  browser: Browser,
  testInfo: TestInfo,
  role: 'Staff' | 'Admin',
  tag = 'colleague',
): Promise<Credentials> {
  const email = `${tag}.${testInfo.project.name}.${testInfo.testId}.${testInfo.retry}@lumina.test`.toLowerCase();
  const password = `a long password for ${tag}`;
  const admin = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const page = await admin.newPage();
    await signIn(page, ADMIN);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto('/admin/staff');
    await page.getByLabel('Their name').fill(`${role} ${tag}`);
    await page.getByLabel('Their email address').fill(email);
    await page.getByRole('radio', { name: new RegExp(`^${role}:`) }).check();
    await page.getByRole('button', { name: 'Add and email a set-up link' }).click();
    const link = (await page.getByTestId('setup-link').textContent()) ?? '';
    await page.goto(link);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Save password and sign in' }).click();
    await expect(page).toHaveURL(/\/admin$/);
  } finally {
    await admin.close();
  }
  return { email, password };
}

// Staff work in their own browser (JavaScript on or off, like the test), signed in as the first admin.
export async function staffPage(browser: Browser, testInfo: TestInfo) {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  await signIn(page, ADMIN);
  return { page, close: () => context.close() };
}
