// A person's side of a data request, and sending an enquiry first so there is data to ask about.
import { expect, type Page } from '@playwright/test';
import { fillEnquiry, waitLikeAPerson } from './forms';
import { linkIn, waitForEmail } from './mailbox';

export const KINDS = {
  access: 'Send me a copy of the information you hold about me',
  rectification: 'Correct information about me that is wrong',
  erasure: 'Delete the information you hold about me',
  objection: 'Stop using my information for marketing',
} as const;

export const VERIFY_SUBJECT = /^Confirm your data request DSR-[2-9A-HJ-NP-Z]{6}$/;

// Sends a Quick Enquiry, as a prospect does; returns its reference.
export async function sendEnquiry(page: Page, email: string, name = 'Ada Lovelace', optIn = false): Promise<string> {
  await page.goto('/contact');
  await fillEnquiry(page, { email, name, phone: '01732 123456' });
  if (optIn) await page.getByLabel(/Yes, email me/).check();
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send enquiry' }).click();
  return (await page.getByTestId('reference').textContent()) ?? '';
}

type Request = {
  kind: keyof typeof KINDS;
  email: string;
  name?: string;
  correctName?: string;
  details?: string;
  consentId?: string;
};

// Fills in and sends /privacy/request; returns the reference shown on the check-email page.
export async function makeRequest(page: Page, r: Request): Promise<string> {
  await page.goto('/privacy/request');
  await page.getByRole('radio', { name: KINDS[r.kind] }).check();
  await page.getByLabel('Your name').fill(r.name ?? 'Ada Lovelace');
  await page.getByLabel('Email address').fill(r.email);
  if (r.correctName) await page.getByLabel('Correct name (optional)').fill(r.correctName);
  if (r.details) await page.getByLabel('Details (optional)').fill(r.details);
  if (r.consentId) await page.getByLabel('Cookie consent ID (optional)').fill(r.consentId);
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email to confirm your request' })).toBeVisible();
  return (await page.getByTestId('reference').textContent()) ?? '';
}

// Follows the emailed link and presses confirm, as the person does; returns the link.
export async function confirmRequest(page: Page, email: string, count = 1): Promise<string> {
  const link = linkIn(await waitForEmail(email, VERIFY_SUBJECT, count), /\/privacy\/verify\?token=/);
  await page.goto(link);
  await page.getByRole('button', { name: 'Confirm my request' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^DSR-/);
  return link;
}

// Staff (signed in) open a request from the list, found by its reference.
export async function openRequest(page: Page, reference: string) {
  await page.goto(`/admin/privacy?q=${reference}`);
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
}
