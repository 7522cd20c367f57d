// A subscriber's side of the newsletter, and staff's, as people do it in the browser.
import { expect, type Page } from '@playwright/test';
import { fillNewsletter, waitLikeAPerson } from './forms';
import { linkIn, waitForEmail } from './mailbox';

export const CONFIRM_SUBJECT = /^Confirm your Lumina Energy newsletter subscription$/;

// Signs up on /newsletter; with `confirm`, follows the emailed link and presses confirm.
export async function subscribe(page: Page, email: string, { confirm = true, count = 1 } = {}) {
  await page.goto('/newsletter');
  await fillNewsletter(page, 'Ada Subscriber', email);
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/check-email/);
  if (!confirm) return;
  await page.goto(linkIn(await waitForEmail(email, CONFIRM_SUBJECT, count), /\/newsletter\/confirm\?token=/));
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, your subscription is confirmed' })).toBeVisible();
}

// Staff (already signed in) write a newsletter and save it; returns its page's address.
export async function writeNewsletter(page: Page, subject: string, body: string): Promise<string> {
  await page.goto('/admin/newsletters');
  await page.getByRole('link', { name: 'Write a newsletter' }).click();
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Body').fill(body);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible();
  return new URL(page.url()).pathname;
}

// Ticks the confirmation and sends; the page then shows the delivery progress.
export async function sendToSubscribers(page: Page) {
  await page.getByLabel(/Send this newsletter to all/).check();
  await page.getByRole('button', { name: /^Send to .* active subscribers?$/ }).click();
  await expect(page.getByRole('heading', { name: 'Delivery' })).toBeVisible();
}
