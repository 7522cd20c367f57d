import { ADMIN, signIn } from './admin';
import { axe } from './axe';
import { banner, expect, test } from './fixtures';
import { uniqueEmail, waitLikeAPerson } from './forms';
import { inbox, linkIn, waitForEmail } from './mailbox';
import { KINDS, confirmRequest, makeRequest, openRequest, sendEnquiry } from './privacy';
import { currentPolicy, formatPolicyDate } from '../lib/policy';

test.describe('Data requests: a copy of your data', () => {
  test('request, confirm by email, staff review and release, then view and download the copy', async ({
    page,
    browser,
    google,
  }, testInfo) => {
    test.setTimeout(90_000);
    const email = uniqueEmail(testInfo);
    // A visitor who accepted analytics cookies, and quotes their consent ID in the request.
    await page.goto('/');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await page.goto('/cookie-settings');
    const consentId = (await page.getByTestId('consent-id').textContent()) ?? '';
    const enquiry = await sendEnquiry(page, email);
    await page.goto('/privacy-policy#access-to-your-information');
    await page.getByRole('link', { name: 'data request form' }).first().click();
    await expect(page).toHaveURL(/\/privacy\/request$/);
    expect(await axe(page)).toEqual([]);
    const reference = await makeRequest(page, { kind: 'access', email, consentId });
    const analyticsLoads = () => google.requests.filter((u) => u.includes('/gtag/js')).length;
    const loadsBefore = analyticsLoads();
    expect(loadsBefore).toBeGreaterThan(0);

    // Following the link only shows a button; pressing it confirms; the link then works no more.
    const link = await confirmRequest(page, email);
    await expect(page.getByRole('heading', { name: 'Thank you: your request is confirmed' })).toBeVisible();
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
    const received = await waitForEmail(email, /^We have your request/);
    expect(received.text).toMatch(/We will answer by \d{1,2} \w+ \d{4}\./);

    const staffContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const staff = await staffContext.newPage();
    await signIn(staff, ADMIN);
    await expect(staff.getByRole('link', { name: 'Open data requests' })).toBeVisible();
    await openRequest(staff, reference);
    await expect(staff.getByText(`This is everything the site holds for ${email}`)).toBeVisible();
    await expect(staff.getByRole('heading', { name: 'Quick enquiries (1)' })).toBeVisible();
    await expect(staff.getByText(enquiry, { exact: true })).toBeVisible();
    const labelsIn = (p: typeof page) =>
      p
        .getByRole('region', { name: /^Quick enquiries/ })
        .getByRole('term')
        .allTextContents();
    const staffLabels = await labelsIn(staff);
    expect(await axe(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'Release the copy to the person' }).click();
    await expect(staff.getByRole('status').filter({ hasText: 'Copy released' })).toBeVisible();
    await staff.reload();
    await expect(staff.getByText('released a copy of the data')).toBeVisible();
    await expect(staff.getByRole('button', { name: 'Release the copy to the person' })).toHaveCount(0);

    const ready = await waitForEmail(email, /^Your copy of your data is ready/);
    await page.goto(linkIn(ready, /\/privacy\/download\//));
    await expect(page.getByRole('heading', { name: 'The information we hold about you' })).toBeVisible();
    await expect(page.getByText(enquiry).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Data-rights requests/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Consent records (1)' })).toBeVisible();
    await expect(page.getByText(consentId, { exact: true })).toBeVisible();
    // In the order and words staff reviewed, in plain English, dates in UK form.
    expect(await labelsIn(page)).toEqual(staffLabels);
    expect(staffLabels).toEqual([
      'Reference',
      'Received',
      'Name',
      'Email',
      'Phone',
      'Company',
      'Message',
      'Preferred contact',
      'Newsletter box ticked',
      'Status',
    ]);
    const enquiryValues = await page
      .getByRole('region', { name: /^Quick enquiries/ })
      .getByRole('definition')
      .allTextContents();
    expect(enquiryValues[1]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d$/);
    expect(enquiryValues.slice(7)).toEqual(['Email', 'No', 'New']);
    const consents = page.getByRole('region', { name: /^Consent records/ });
    await expect(consents).toContainText('Accepted all cookies');
    await expect(consents).toContainText('Cookie banner');
    // The policy version the choice was made under, with its page.
    const version = consents.getByRole('link', { name: `Version of ${formatPolicyDate(currentPolicy.lastUpdated)}` });
    await expect(version).toHaveAttribute('href', `/privacy-policy/versions/${currentPolicy.id}`);
    await expect(page.getByRole('region', { name: /^Emails we sent you/ })).toContainText(
      'Confirmation of your enquiry',
    );
    await expect(page.getByRole('region', { name: /^Emails we sent you/ })).not.toContainText(
      'enquiry-acknowledgement',
    );
    expect(await axe(page)).toEqual([]);
    // Analytics never loaded on the pages whose address carries a token.
    expect(analyticsLoads()).toBe(loadsBefore);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as a JSON file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`lumina-energy-your-data-${reference}.json`);
    type Section = { key: string; fields: { key: string }[]; records: Record<string, unknown>[] };
    const text = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
    const json = JSON.parse(text) as { reference: string; email: string; sections: Section[] };
    expect(json).toMatchObject({ reference, email });
    // The file keeps the stored codes, each section naming its fields in the order its records use.
    const enquiries = json.sections.find((s) => s.key === 'enquiries')!;
    expect(enquiries.records[0]).toMatchObject({ reference: enquiry, preferredContact: 'EMAIL', status: 'NEW' });
    expect(Object.keys(enquiries.records[0]!)).toEqual(enquiries.fields.map((f) => f.key));
    expect(enquiries.fields[0]).toEqual({ key: 'reference', label: 'Reference' });
    await staffContext.close();
  });

  test('every missing or wrong answer is listed, and nothing is sent', async ({ page }, testInfo) => {
    await page.goto('/privacy/request');
    await page.getByRole('button', { name: 'Send request' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Choose what you would like us to do',
      'Enter your name',
      'Enter your email address',
    ]);
    await page.getByRole('radio', { name: KINDS.rectification }).check();
    await page.getByLabel('Your name').fill('Ada');
    await page.getByLabel('Email address').fill(uniqueEmail(testInfo));
    await page.getByLabel('Cookie consent ID (optional)').fill('not-an-id');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(summary.getByRole('link')).toHaveText([
      /Your cookie consent ID is the 36-character code/,
      'Tell us the correct name, company or phone number, or describe what is wrong',
    ]);
    await expect(page).toHaveURL(/\/privacy\/request$/);
    // A well-formed ID that is not this browser's own cookie is refused: cookie records are only for their browser.
    await page.getByLabel('Cookie consent ID (optional)').fill('1b4e28ba-2fa1-41d2-883f-0016d3cca427');
    await page.getByLabel('Details').fill('My name is spelt wrongly.');
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByText('This consent ID is not the one in this browser’s cookie.').first()).toBeVisible();
    expect(await inbox(uniqueEmail(testInfo))).toHaveLength(0);
  });

  test('an unknown, altered or empty link gets a page that explains', async ({ page }) => {
    for (const query of [`?token=${'A'.repeat(43)}`, '', '?token=%3Cscript%3E']) {
      await page.goto(`/privacy/verify${query}`);
      await expect(
        page.getByRole('heading', { name: 'This confirmation link has expired or isn’t valid' }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: 'make the request again' })).toHaveAttribute(
        'href',
        '/privacy/request',
      );
    }
    await page.goto(`/privacy/download/${'B'.repeat(43)}`);
    await expect(page.getByRole('heading', { name: 'This link isn’t valid' })).toBeVisible();
    const json = await page.request.get(`/privacy/download/${'B'.repeat(43)}/json`);
    expect(json.status()).toBe(404);
    expect(await json.text()).toContain('This download link isn’t valid');
  });

  test('an address we hold nothing for gets exactly the same answer and email', async ({ page }, testInfo) => {
    const known = uniqueEmail(testInfo, 'known');
    const unknown = uniqueEmail(testInfo, 'unknown');
    await sendEnquiry(page, known);
    const refs = [
      await makeRequest(page, { kind: 'access', email: known }),
      await makeRequest(page, { kind: 'access', email: unknown }),
    ];
    const mails = [
      await waitForEmail(known, /Confirm your data request/),
      await waitForEmail(unknown, /Confirm your data request/),
    ];
    const strip = (text: string, ref: string) =>
      text
        .replaceAll(ref, 'REF')
        .replace(/token=[\w-]+/g, 'token=T')
        .replace(/until [^.]+\./, 'until T.');
    expect(strip(mails[0]!.text, refs[0]!)).toBe(strip(mails[1]!.text, refs[1]!));
  });
});
