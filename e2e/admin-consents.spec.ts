import type { Browser, Page } from '@playwright/test';
import { ADMIN, signIn } from './admin';
import { banner, expect, test } from './fixtures';
import { currentPolicy, formatPolicyDate } from '../lib/policy';

const total = async (page: Page, key: string) => Number(await page.getByTestId(`total-${key}`).textContent());

// A fresh visitor answers the banner; GPC visitors send the signal with every request.
async function visitorDecides(browser: Browser, baseURL: string, button: 'Reject all' | 'OK', gpc = false) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: gpc ? { 'Sec-GPC': '1' } : {} });
  const page = await context.newPage();
  await page.goto('/');
  await banner(page).getByRole('button', { name: button }).click();
  await expect(banner(page)).toHaveCount(0);
  await context.close();
}

test('staff search the consent ledger, verify its chain and see cookie decisions charted over time', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000); // four browsers' worth of visitors and staff on a busy two-core machine
  const styleRefusals: string[] = [];
  const staff = await (await browser.newContext({ baseURL })).newPage();
  staff.on('console', (m) => /Content Security Policy|inline style/i.test(m.text()) && styleRefusals.push(m.text()));
  await signIn(staff, ADMIN);
  await staff.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Consent ledger' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Consent ledger' })).toBeVisible();
  const before = {
    accept: await total(staff, 'accept'),
    reject: await total(staff, 'reject'),
    gpc: await total(staff, 'gpc'),
  };

  // Three visitors: one accepts (and finds their consent id), one rejects, one sends GPC.
  await page.goto('/');
  await banner(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toHaveCount(0);
  await page.goto('/cookie-settings');
  const consentId = (await page.getByTestId('consent-id').textContent())!;
  await visitorDecides(browser, baseURL!, 'Reject all');
  await visitorDecides(browser, baseURL!, 'OK', true);

  await staff.reload();
  expect(await total(staff, 'accept')).toBeGreaterThanOrEqual(before.accept + 1);
  expect(await total(staff, 'reject')).toBeGreaterThanOrEqual(before.reject + 1);
  expect(await total(staff, 'gpc')).toBeGreaterThanOrEqual(before.gpc + 1);
  // The chart is drawn in the browser, by recharts, with a legend for each kind of decision.
  const chart = staff.getByTestId('decisions-chart');
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  for (const name of ['Accepted', 'Rejected', 'Own settings', 'Global Privacy Control'])
    await expect(chart.locator('.recharts-legend-wrapper')).toContainText(name);
  await staff.getByText(/Figures for each day with decisions/).click();
  await expect(staff.getByRole('table', { name: /Cookie decisions per day/ }).getByRole('row')).not.toHaveCount(1);

  // The visitor's consent id finds their record; a decision filter narrows the list.
  await staff.getByLabel('Search').fill(consentId);
  await staff.getByRole('button', { name: 'Filter' }).click();
  const records = staff.getByRole('table', { name: 'Consent records, newest first' });
  await expect(records.getByRole('row')).toHaveCount(2);
  await expect(records).toContainText('Accepted all cookies (necessary, analytics)');
  // Each record links to the policy version it was given under.
  await expect(
    records
      .getByRole('row')
      .nth(1)
      .getByRole('link', { name: formatPolicyDate(currentPolicy.lastUpdated) }),
  ).toHaveAttribute('href', `/privacy-policy/versions/${currentPolicy.id}`);
  await staff.getByLabel('Search').fill('');
  await staff.getByLabel('Decision', { exact: true }).selectOption('gpc');
  await staff.getByRole('button', { name: 'Filter' }).click();
  await expect(records.getByRole('row').nth(1)).toContainText('Global Privacy Control');
  await expect(records).not.toContainText('Rejected analytics');
  // The chart's period keeps the list's filters.
  await staff.getByLabel('Period').selectOption('7');
  await staff.getByRole('button', { name: 'Show' }).click();
  await expect(staff).toHaveURL(/days=7/);
  await expect(staff).toHaveURL(/action=gpc/);

  await staff.getByRole('button', { name: 'Verify the ledger now' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Intact.' })).toContainText(`checked on`);
  await expect(staff.getByRole('status').filter({ hasText: 'Intact.' })).toContainText(ADMIN.email);
  expect(styleRefusals).toEqual([]);

  await staff.goto('/admin/audit?action=consent-ledger-verified');
  await expect(staff.getByRole('row').filter({ hasText: ADMIN.email }).first()).toBeVisible();
  await staff.goto('/admin/audit?action=consent-ledger-viewed');
  await expect(staff.getByRole('row').filter({ hasText: ADMIN.email }).first()).toBeVisible();
});
