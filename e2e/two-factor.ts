// Helpers for two-factor tests: an authenticator app's codes computed here from the key the account
// page shows, the way a phone app computes them.
import { generateHOTP } from '@oslojs/otp';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { totpKeyFromText, totpStep } from '../lib/security/totp';

// The app's code for the current 30-second step, or `offset` steps from it.
export function appCode(keyText: string, offset = 0): string {
  return generateHOTP(totpKeyFromText(keyText), BigInt(totpStep(new Date()) + offset), 6);
}

// Adds an authenticator app from the account page of a signed-in browser, as a person would; returns
// the key shown and the recovery codes shown once (`screenshot`: where to keep a picture of the QR code page).
export async function setUpAuthenticator(
  page: Page,
  password: string,
  screenshot?: string,
): Promise<{ key: string; codes: string[] }> {
  await page.goto('/admin/account');
  const setup = page.locator('form').filter({ has: page.getByRole('button', { name: 'Set up an authenticator app' }) });
  await setup.getByLabel('Current password').fill(password);
  await setup.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(page).toHaveURL(/\/admin\/account\/authenticator$/);
  const key = (await page.getByTestId('totp-key').textContent()) ?? '';
  await expect(page.getByRole('img', { name: 'QR code holding the key below' })).toBeVisible();
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  await page.getByLabel('Code from the app').fill(appCode(key));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const list = page.getByTestId('recovery-codes');
  await expect(list.getByRole('listitem')).toHaveCount(10);
  return { key, codes: await list.getByRole('listitem').allTextContents() };
}

// Enters a code at the second step of signing in, and waits for the site's answer.
export async function enterCode(page: Page, code: string) {
  await page.getByLabel('Code', { exact: true }).fill(code);
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().includes('/admin/sign-in/verify'),
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await answered;
}

export const WRONG_CODE = 'That code is not right, or has been used already.';
