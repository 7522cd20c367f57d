import { axe } from './axe';
import { expect, test } from './fixtures';
import { fillQuoteBasics, uniqueEmail, waitLikeAPerson } from './forms';
import { waitForEmail } from './mailbox';

const nextYear = new Date().getUTCFullYear() + 1;

test.describe('Request a Quote', () => {
  test('a business requests a quote and gets a reference', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Request a quote' }).first().click();
    await expect(page.getByRole('heading', { name: 'Request a business energy quote' })).toBeVisible();
    await expect(page.getByLabel(/Yes, email me/)).not.toBeChecked();
    const email = uniqueEmail(testInfo);
    await fillQuoteBasics(page, { email, postcode: 'me19 4yt', supply: 'Electricity and gas' });
    await page.getByLabel('Contract end date').fill(`${nextYear}-03-31`);
    await page.getByLabel('Approximate annual spend (£)').fill('£12,500');
    await page.getByLabel('MPAN (electricity supply number)').fill('13 1234 5678 907');
    await page.getByLabel('MPRN (gas meter point reference)').fill('1234567');
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Request my quote' }).click();
    await expect(page).toHaveURL(/\/quote\/thank-you\?ref=QTE-/);
    await expect(page.getByRole('heading', { name: 'Thank you, we’re preparing your quote' })).toBeVisible();
    await expect(page.getByTestId('reference')).toHaveText(/^QTE-[2-9A-HJ-NP-Z]{6}$/);
    const reference = (await page.getByTestId('reference').textContent())!;
    const acknowledgement = await waitForEmail(email, new RegExp(reference));
    expect(acknowledgement.subject).toBe(`We have your quote request (${reference})`);
    for (const line of [
      'Site postcode: ME19 4YT',
      'Supply: Electricity and gas',
      'Annual spend: £12,500',
      'MPAN (electricity meter number): 1312345678907',
      'MPRN (gas meter number): 1234567',
      'Annual usage: Not given',
    ]) {
      expect(acknowledgement.text).toContain(line);
    }
    const notification = await waitForEmail('info@luminaenergy.co.uk', new RegExp(reference));
    expect(notification.text).toMatch(new RegExp(`/admin/requests/quote/[0-9a-f-]{36}`));
  });

  test('each problem is named specifically, in a focused summary', async ({ page }) => {
    await page.goto('/quote');
    await page.getByLabel('Site postcode').fill('ME19');
    await page.getByLabel('MPAN (electricity supply number)').fill('1312345678906');
    await page.getByRole('radio', { name: 'Gas', exact: true }).check();
    await page.getByRole('button', { name: 'Request my quote' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Enter a UK postcode, like ME19 4YT');
    await expect(summary).toContainText('Enter a phone number, like 01732 123456');
    await expect(summary).toContainText('This MPAN’s check digit does not match');
    await page.getByRole('radio', { name: 'Electricity', exact: true }).check();
    await page.getByLabel('MPAN (electricity supply number)').fill('1312345678907');
    await page.getByLabel('Company name').fill('Engines Ltd');
    await page.getByLabel('Your name').fill('Ada');
    await page.getByLabel('Email address').fill('ada@example.co.uk');
    await page.getByLabel('Phone number').fill('01732 123456');
    await page.getByLabel('Site postcode').fill('ME19 4YT');
    await page.getByRole('button', { name: 'Request my quote' }).click();
    await expect(summary.getByRole('link')).toHaveText([
      'Enter your approximate annual spend or usage, so we can compare prices',
    ]);
    expect(await axe(page)).toEqual([]);
  });

  test('the checks load when the person turns to the form, not with the page; without them the server checks', async ({
    page,
  }) => {
    const scripts: string[] = [];
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.goto('/quote');
    await page.waitForLoadState('load');
    await expect(page.getByRole('button', { name: 'Request my quote' })).toBeEnabled();
    const withPage = new Set(scripts);
    // Moving into the first field fetches what checks the answers, and they are checked before sending.
    const checks = page.waitForRequest((r) => r.resourceType() === 'script' && !withPage.has(r.url()));
    await page.getByLabel('Company name').click();
    await checks;
    await page.getByLabel('Site postcode').fill('ME19');
    await page.getByRole('button', { name: 'Request my quote' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toContainText('Enter a UK postcode, like ME19 4YT');
    expect(posts).toEqual([]);

    // Should no script but the page's own arrive (the checks are not among them), the form is sent as
    // it is, and the server's answer lists the same problems.
    await page.route('**/_next/static/**/*.js', (route) =>
      withPage.has(route.request().url()) ? route.continue() : route.abort(),
    );
    await page.goto('/quote');
    await page.getByLabel('Site postcode').fill('ME19');
    await page.getByRole('button', { name: 'Request my quote' }).click();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Enter a UK postcode, like ME19 4YT');
    await expect(summary).toContainText('Enter a phone number, like 01732 123456');
    expect(posts).toHaveLength(1);
  });
});
