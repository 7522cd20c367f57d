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
