// Without JavaScript, a form on a prerendered page arrives without a token: the server shows it again,
// answers kept and with a token of its own, and the second send goes through.
import { expect, test } from './fixtures';
import { fillNewsletter, uniqueEmail, waitLikeAPerson } from './forms';
import { waitForEmail } from './mailbox';

test('the footer sign-up on the home page asks once more, keeps the answers, then signs up', async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo);
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await fillNewsletter(footer, 'Ada Lovelace', email);
  await footer.getByRole('button', { name: 'Sign up' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('please check your details and send the form again');
  const form = page.getByRole('form', { name: 'Newsletter sign-up' });
  await expect(form.getByLabel('Email address')).toHaveValue(email);
  await expect(form.getByLabel('Your name')).toHaveValue('Ada Lovelace');
  await expect(form.getByLabel(/Yes, email me/)).toBeChecked();
  await waitLikeAPerson(page);
  await form.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email to confirm your subscription' })).toBeVisible();
  await waitForEmail(email, /^Confirm your Lumina Energy newsletter subscription$/);
});
