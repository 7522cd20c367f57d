import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillEnquiry, uniqueEmail, waitLikeAPerson } from './forms';

test('without JavaScript, errors come back with every answer kept, and the corrected form is sent', async ({
  page,
}, testInfo) => {
  await page.goto('/contact');
  await fillEnquiry(page, { email: 'not-an-email', phone: '12', message: '<script>alert("hi")</script>' });
  await page.getByRole('radio', { name: 'Phone' }).check();
  await page.getByLabel(/Yes, email me/).check();
  await page.getByRole('button', { name: 'Send enquiry' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link')).toHaveText([
    'Enter an email address in the correct format, like name@example.co.uk',
    'Enter a UK phone number, like 01732 123456 or +44 7700 900123',
  ]);
  await expect(page.getByLabel('Your name')).toHaveValue('Ada Lovelace');
  await expect(page.getByLabel('Your message')).toHaveValue('<script>alert("hi")</script>');
  await expect(page.getByRole('radio', { name: 'Phone' })).toBeChecked();
  await expect(page.getByLabel(/Yes, email me/)).toBeChecked();

  await page.getByLabel('Email address').fill(uniqueEmail(testInfo));
  await page.getByLabel('Phone number').fill('01732 123456');
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send enquiry' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^ENQ-/);
});

test('a resubmitted form gets the first reference back instead of a second enquiry', async ({ page }, testInfo) => {
  await page.goto('/contact');
  await fillEnquiry(page, { email: uniqueEmail(testInfo) });
  await waitLikeAPerson(page);
  let post: Request | undefined;
  page.on('request', (r) => void (r.method() === 'POST' && (post = r)));
  await page.getByRole('button', { name: 'Send enquiry' }).click();
  const reference = await page.getByTestId('reference').textContent();
  expect(reference).toMatch(/^ENQ-/);
  const again = await page.request.fetch(post!, { maxRedirects: 0 });
  expect(again.status()).toBe(303);
  expect(again.headers().location).toContain(`ref=${reference}`);
});
