import { expect, test } from './fixtures';
import { cookieCategories, cookieRegistry } from '../lib/consent/registry';
import { currentPolicy } from '../lib/policy';
import { organisation } from '../lib/site-config';

test.describe('privacy policy page', () => {
  test('shows all nine sections, in order, each reachable from the contents list', async ({ page }) => {
    await page.goto('/privacy-policy');
    await expect(page).toHaveTitle(/Privacy policy \| Lumina Energy/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy policy');
    const headings = page.locator('main section.policy-section > h2');
    await expect(headings).toHaveText(currentPolicy.sections.map((s) => `${s.number}. ${s.title}`));

    const contents = page.getByRole('navigation', { name: 'Contents' });
    await contents.getByRole('link', { name: 'Marketing' }).click();
    await expect(page).toHaveURL(/#marketing$/);
    await expect(page.getByRole('heading', { name: '5. Marketing' })).toBeInViewport();
  });

  test('lists every cookie in the registry with its purpose and expiry', async ({ page }) => {
    await page.goto('/privacy-policy');
    // One table per category, each named by it.
    const tables = page.getByTestId('cookie-tables');
    await expect(tables.getByRole('table')).toHaveCount(cookieCategories.length);
    for (const category of cookieCategories)
      await expect(tables.getByRole('table', { name: new RegExp(`^${category.label}`) })).toBeVisible();
    const table = tables;
    for (const cookie of cookieRegistry) {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: cookie.name, exact: true }) });
      await expect(row, cookie.name).toHaveCount(1);
      await expect(row.getByRole('cell').nth(0)).toHaveText(cookie.purpose);
      await expect(row.getByRole('cell').nth(1)).toHaveText(cookie.expiry);
    }
    await expect(table.locator('tbody tr[data-cookie]')).toHaveCount(cookieRegistry.length);
  });

  test('gives the contact details and the date it was last updated', async ({ page }) => {
    await page.goto('/privacy-policy');
    const contact = page.locator('#contact-us');
    await expect(contact).toContainText(
      'Postal Address: Lumina Energy, 1 Abbey Wood Road, Kings Hills, West Malling, Kent, ME19 4YT',
    );
    await expect(contact.getByRole('link', { name: organisation.email })).toHaveAttribute(
      'href',
      `mailto:${organisation.email}`,
    );
    await expect(page.getByText('This privacy policy was last updated 24 November 2017.')).toBeVisible();
    await expect(page.locator('[data-policy-version]')).toHaveAttribute('data-policy-version', currentPolicy.id);
    await expect(page.getByRole('link', { name: 'www.aboutcookies.org' })).toHaveAttribute(
      'href',
      'https://www.aboutcookies.org',
    );
  });
});

test.describe('site shell', () => {
  test('every page has the footer with contact details and the privacy links', async ({ page }) => {
    for (const path of ['/', '/privacy-policy']) {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      await expect(footer).toContainText(organisation.postalAddress.join(', '));
      await expect(footer.getByRole('link', { name: organisation.email })).toBeVisible();
      await expect(footer).toContainText(`a trading style of ${organisation.legalName}`);
      await expect(
        footer.getByRole('navigation', { name: 'Privacy' }).getByRole('link', { name: 'Privacy policy' }),
      ).toHaveAttribute('href', '/privacy-policy');
      await expect(footer.getByRole('link', { name: 'Cookie settings' })).toBeVisible();
    }
  });

  test('the home page leads to the policy, and unknown pages say so with a 404', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Privacy policy' }).click();
    await expect(page).toHaveURL(/\/privacy-policy$/);
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
