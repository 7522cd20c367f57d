// The newsletter sign-up on a prerendered page (the same bytes for every visitor, so it cannot carry
// a per-visitor token): its script asks for a token when the form comes into view.
import { expect, test } from './fixtures';
import { fillNewsletter, uniqueEmail, waitLikeAPerson } from './forms';
import { waitForEmail } from './mailbox';

const CONFIRM_SUBJECT = /^Confirm your Lumina Energy newsletter subscription$/;

test('two visitors signing up from the same prerendered page are two subscribers', async ({ browser }, testInfo) => {
  const visitors = await Promise.all([0, 1].map(() => browser.newContext()));
  const references: string[] = [];
  const copies = new Set<string>();
  for (const [i, context] of visitors.entries()) {
    const page = await context.newPage();
    const response = (await page.goto('/privacy-policy'))!;
    // Served as the prerendered copy, not rendered for this visitor.
    expect(response.headers()['x-nextjs-cache']).toBe('HIT');
    copies.add(/<form[^>]*aria-label="Newsletter sign-up"[\s\S]*?<\/form>/.exec(await response.text())![0]);
    const form = page.locator('#marketing').getByRole('form', { name: 'Newsletter sign-up' });
    await form.scrollIntoViewIfNeeded();
    await expect(form.locator('input[name="formToken"]')).not.toHaveValue('');
    await fillNewsletter(page, `Visitor ${i}`, uniqueEmail(testInfo, `copy${i}`));
    await waitLikeAPerson(page);
    await form.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByRole('heading', { name: 'Check your email to confirm your subscription' })).toBeVisible();
    references.push(new URL(page.url()).searchParams.get('ref')!);
  }
  expect(copies.size).toBe(1);
  expect(new Set(references).size).toBe(2);
  for (const i of [0, 1]) await waitForEmail(uniqueEmail(testInfo, `copy${i}`), CONFIRM_SUBJECT);
  for (const context of visitors) await context.close();
});

test('the footer sign-up, checked by the server alone, keeps the answers and says what to fix, at phone width', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const form = page.getByRole('contentinfo').getByRole('form', { name: 'Newsletter sign-up' });
  await form.getByLabel('Your name').fill('Grace Hopper');
  await form.getByLabel('Email address').fill('grace.example.co.uk');
  await waitLikeAPerson(page);
  await form.getByRole('button', { name: 'Sign up' }).click();
  const summary = form.getByRole('alert');
  await expect(summary.getByRole('link')).toHaveText([
    'Enter an email address in the correct format, like name@example.co.uk',
    'Tick the box to confirm you want the newsletter',
  ]);
  await expect(summary).toBeFocused();
  await expect(form.getByLabel('Your name')).toHaveValue('Grace Hopper');
  await expect(form.getByLabel('Email address')).toHaveValue('grace.example.co.uk');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await form.getByLabel('Email address').fill(uniqueEmail(testInfo));
  await form.getByLabel(/Yes, email me/).check();
  await form.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email to confirm your subscription' })).toBeVisible();
});
