import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ADMIN, addColleague, FORM_ALERT, signIn } from './admin';
import { expect, test } from './fixtures';
import { fillEnquiry, uniqueEmail, waitLikeAPerson } from './forms';
import { waitForEmail } from './mailbox';
import { organisation } from '../lib/site-config';

test('staff find an enquiry, work it through to answered, and keep a note and a call on file', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000); // several people, forms and emails in one journey on a busy two-core machine
  const email = uniqueEmail(testInfo);
  const company = `Queue Test ${testInfo.testId.slice(0, 8)} Ltd`;
  await page.goto('/contact');
  await fillEnquiry(page, { email, company, message: 'Line one\n<b>not bold</b>' });
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send enquiry' }).click();
  const reference = (await page.getByTestId('reference').textContent())!;

  await signIn(page, await addColleague(browser, testInfo, 'Staff', 'worker'));
  await page
    .getByRole('navigation', { name: 'Back office' })
    .getByRole('link', { name: 'Enquiries and quotes' })
    .click();
  await page.getByLabel('Search').fill(company);
  await page.getByLabel('Type').selectOption('enquiry');
  await page.getByLabel('Status').selectOption('NEW');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/type=enquiry/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await page.getByRole('link', { name: reference }).click();

  await expect(page.getByRole('heading', { name: `Enquiry ${reference}` })).toBeVisible();
  await expect(page.locator('dd', { hasText: '<b>not bold</b>' })).toBeVisible();
  await expect(page.getByText('Did not opt in: never use these details for marketing')).toBeVisible();

  await page.getByLabel('Status').selectOption('IN_PROGRESS');
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status set to In progress.' })).toBeVisible();

  await page.getByRole('radio', { name: 'Correspondence with the customer' }).check();
  await page.getByLabel('Note', { exact: true }).fill('Rang them about the March renewal.');
  await page.getByRole('button', { name: 'Add to the record' }).click();
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(
    'For correspondence, say whether it came in or went out, and how',
  );
  await page.getByRole('radio', { name: 'To the customer' }).check();
  await page.getByRole('radio', { name: 'Phone' }).check();
  await page.getByRole('button', { name: 'Add to the record' }).click();
  const timeline = page.locator('.timeline');
  await expect(timeline).toContainText('to the customer by phone');
  await expect(timeline).toContainText('Rang them about the March renewal.');
  await expect(timeline).toContainText('New → In progress');
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('');

  await page.getByRole('radio', { name: 'Internal note' }).check();
  await page.getByLabel('Note', { exact: true }).fill('Wants a two-year fix.');
  await page.getByRole('button', { name: 'Add to the record' }).click();
  await expect(timeline.getByRole('listitem')).toHaveCount(3);

  await page.getByLabel('Status').selectOption('ANSWERED');
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status set to Answered.' })).toBeVisible();
  await page.goto(`/admin/requests?q=${encodeURIComponent(company)}&status=ANSWERED`);
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await page.goto(`/admin/requests?q=${encodeURIComponent(company)}&status=NEW`);
  await expect(page.getByText('Nothing to show')).toBeVisible();
});

test('nonsense in the list’s address is ignored, not an error', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000); // several people, forms and emails in one journey on a busy two-core machine
  await signIn(page, await addColleague(browser, testInfo, 'Staff', 'fuzzer'));
  for (const query of [
    '?status=DROP',
    '?from=2026-13-45&to=yesterday',
    '?type[]=x&page=-4',
    `?q=${'x'.repeat(5000)}`,
    '?page=99999999999',
  ]) {
    const response = await page.goto(`/admin/requests${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole('heading', { name: 'Enquiries and quotes' })).toBeVisible();
  }
});

test('staff reply by email: it reaches the person, from the site, answered to the team, and is kept on file', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const email = uniqueEmail(testInfo, 'reply');
  await page.goto('/contact');
  await fillEnquiry(page, { email, phone: '01732 123456', message: 'Can you beat our renewal price?' });
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send enquiry' }).click();
  const reference = (await page.getByTestId('reference').textContent())!;

  await signIn(page, await addColleague(browser, testInfo, 'Staff', 'replier'));
  await page.goto(`/admin/requests?q=${reference}`);
  await page.getByRole('link', { name: reference }).click();
  // The address and number start an email or a call.
  await expect(page.getByRole('link', { name: email })).toHaveAttribute('href', `mailto:${email}`);
  await expect(page.getByRole('link', { name: '01732 123456' })).toHaveAttribute('href', 'tel:+441732123456');
  await expect(page.getByLabel('Subject')).toHaveValue(`Re: your enquiry ${reference}`);
  // An empty reply is refused with a reason, and nothing is sent.
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('Enter your reply');
  await page.getByLabel('Your reply').fill('Yes, we think so.\n\nI will call you <tomorrow> with figures.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your reply has been sent' })).toBeVisible();
  const record = page.getByRole('list').filter({ hasText: 'to the customer by email' });
  await expect(record).toContainText('Yes, we think so.');
  await expect(record).toContainText('Staff replier');

  const reply = await waitForEmail(email, new RegExp(`^Re: your enquiry ${reference}$`));
  expect(reply.text).toContain('I will call you <tomorrow> with figures.');
  expect(reply.text).toContain('Staff replier');
  expect(reply.headers['reply-to']).toContain(organisation.email);
  expect(reply.html).toContain('I will call you &lt;tomorrow&gt; with figures.');
});

test('staff export the filtered list as CSV, with progress, formula-safe and audited', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const company = `=Export ${testInfo.testId.slice(0, 8)}`;
  const references: string[] = [];
  for (const i of [1, 2]) {
    await page.goto('/contact');
    await fillEnquiry(page, { email: uniqueEmail(testInfo, `export-${i}`), company });
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    references.push((await page.getByTestId('reference').textContent())!);
  }
  await signIn(page, await addColleague(browser, testInfo, 'Admin', 'exporter'));
  await page.goto(`/admin/requests?q=${encodeURIComponent(company)}&type=enquiry`);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export these as CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  await expect(page.getByRole('status').filter({ hasText: 'Export ready' })).toContainText('2 of 2 requests');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('type,reference,received_at,status,contact,company,email,phone');
  expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(references);
  // The company starts with "=": a spreadsheet gets it as text, not a formula.
  for (const line of lines.slice(1)) expect(line).toContain(`,'${company},`);
  await page.goto('/admin/audit?action=requests-exported');
  await expect(page.getByRole('row').filter({ hasText: 'exporter' }).first()).toContainText('requests-exported');
});

// Saves the team's list and checks exactly what was saved. The list is shared by every journey running
// now, so a save that went wrong (a re-render landing on the field as it was filled) is tried again
// rather than carried into the others.
async function saveRecipients(page: Page, value: string, saved: string) {
  await expect(async () => {
    const addresses = page.getByLabel('Addresses');
    await addresses.fill(value);
    await expect(addresses).toHaveValue(value, { timeout: 1_000 });
    await page.getByRole('button', { name: 'Save who is told' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toHaveText(saved, { timeout: 10_000 });
  }).toPass({ timeout: 45_000 });
}

test('admins choose who on the team is told about new requests; each of them is emailed', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const sales = uniqueEmail(testInfo, 'sales');
  await signIn(page, ADMIN);
  await page.goto('/admin/staff');
  // The site's own default stays on the list, so other journeys running now still find their emails there.
  await page.getByLabel('Addresses').fill('info@luminaenergy.co.uk, not-an-address');
  await page.getByRole('button', { name: 'Save who is told' }).click();
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText('“not-an-address” is not an email address');
  await saveRecipients(page, `info@luminaenergy.co.uk\n${sales}`, `Saved: info@luminaenergy.co.uk, ${sales}.`);
  try {
    await page.goto('/contact');
    await fillEnquiry(page, { email: uniqueEmail(testInfo, 'told') });
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    const reference = (await page.getByTestId('reference').textContent())!;
    await waitForEmail(sales, new RegExp(reference));
    await waitForEmail('info@luminaenergy.co.uk', new RegExp(reference));
  } finally {
    await page.goto('/admin/staff');
    await saveRecipients(page, '', 'Saved: the site’s default address is used.');
  }
});
