import { expect, test } from './fixtures';
import { uniqueEmail, waitLikeAPerson } from './forms';

test('without JavaScript the quote form reports errors, keeps answers and sends once corrected', async ({ page }, testInfo) => {
  await page.goto('/quote');
  await page.getByLabel('Company name').fill('Analytical Engines Ltd');
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByLabel('Email address').fill(uniqueEmail(testInfo));
  await page.getByLabel('Phone number').fill('01732 123456');
  await page.getByLabel('Site postcode').fill('XX');
  await page.getByRole('radio', { name: 'Electricity' }).check();
  await page.getByLabel('Approximate annual usage (kWh)').fill('120000');
  await page.getByRole('button', { name: 'Request my quote' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText(['Enter a UK postcode, like ME19 4YT']);
  await expect(page.getByLabel('Company name')).toHaveValue('Analytical Engines Ltd');
  await expect(page.getByRole('radio', { name: 'Electricity' })).toBeChecked();
  await expect(page.getByLabel('Approximate annual usage (kWh)')).toHaveValue('120000');
  await page.getByLabel('Site postcode').fill('ME19 4YT');
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Request my quote' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^QTE-/);
});
