import { expect, test } from './fixtures';
import { fillQuoteBasics, uniqueEmail, waitLikeAPerson } from './forms';

test('without JavaScript the quote form reports errors, keeps answers and sends once corrected', async ({
  page,
}, testInfo) => {
  await page.goto('/quote');
  await fillQuoteBasics(page, { email: uniqueEmail(testInfo), postcode: 'XX', supply: 'Electricity' });
  await page.getByLabel('Approximate annual usage (kWh)').fill('120000');
  await page.getByRole('button', { name: 'Request my quote' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText(['Enter a UK postcode, like ME19 4YT']);
  await expect(page.getByLabel('Company name')).toHaveValue('Analytical Engines Ltd');
  await expect(page.getByRole('radio', { name: 'Electricity', exact: true })).toBeChecked();
  await expect(page.getByLabel('Approximate annual usage (kWh)')).toHaveValue('120000');
  await page.getByLabel('Site postcode').fill('ME19 4YT');
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Request my quote' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^QTE-/);
});
