import { expect, test } from './fixtures';
import { uniqueEmail, waitLikeAPerson } from './forms';
import { linkIn, waitForEmail } from './mailbox';

test('without JavaScript: errors come back with answers kept, then sign-up and confirmation work', async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo);
  await page.goto('/newsletter');
  await page.getByLabel('Your name').fill('Grace <b>Hopper</b>');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'Tick the box to confirm you want the newsletter',
  ]);
  await expect(page.getByLabel('Your name')).toHaveValue('Grace <b>Hopper</b>');
  await expect(page.getByLabel('Email address')).toHaveValue(email);
  await expect(page.getByLabel(/Yes, email me/)).not.toBeChecked();

  await page.getByLabel(/Yes, email me/).check();
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^NWS-[2-9A-HJ-NP-Z]{6}$/);

  const message = await waitForEmail(email, /Confirm your Lumina Energy newsletter subscription/);
  expect(message.html).toContain('Hello Grace &lt;b&gt;Hopper&lt;/b&gt;,');
  await page.goto(linkIn(message, /token=/));
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, your subscription is confirmed' })).toBeVisible();
});

test('without JavaScript, the footer sign-up posts and reports errors on the page it was sent from', async ({
  page,
}, testInfo) => {
  await page.goto('/cookie-settings');
  const form = page.getByRole('contentinfo').getByRole('form', { name: 'Newsletter sign-up' });
  await form.getByLabel('Email address').fill('not-an-email');
  await form.getByRole('button', { name: 'Sign up' }).click();
  const errors = page.getByRole('contentinfo').getByRole('alert').getByRole('link');
  await expect(errors).toHaveText([
    'Enter your name',
    'Enter an email address in the correct format, like name@example.co.uk',
    'Tick the box to confirm you want the newsletter',
  ]);
  const again = page.getByRole('contentinfo').getByRole('form', { name: 'Newsletter sign-up' });
  await expect(again.getByLabel('Email address')).toHaveValue('not-an-email');
  await again.getByLabel('Your name').fill('Ada');
  await again.getByLabel('Email address').fill(uniqueEmail(testInfo));
  await again.getByLabel(/Yes, email me/).check();
  await waitLikeAPerson(page);
  await again.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^NWS-/);
});

test('without JavaScript, an unknown confirmation link still explains itself', async ({ page }) => {
  await page.goto(`/newsletter/confirm?token=${'B'.repeat(43)}`);
  await expect(page.getByRole('heading', { name: 'This confirmation link has expired or isn’t valid' })).toBeVisible();
});

// FORM_LIMIT_PER_EMAIL is 3 on the test server, and a sign-up emails a link, so the fourth in an hour
// is refused: without JavaScript, with the form shown again as a 429 that says how long to wait.
test('without JavaScript, a sign-up over the hourly limit is answered 429 with Retry-After, on the form, answers kept', async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo);
  const signUp = async (name: string) => {
    await page.goto('/newsletter');
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel(/Yes, email me/).check();
    await waitLikeAPerson(page);
    const answer = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Sign up' }).click();
    return answer;
  };
  for (const name of ['Ada', 'Ada L', 'Ada Lovelace']) {
    expect((await signUp(name)).status()).toBe(303);
    await expect(page.getByTestId('reference')).toHaveText(/^NWS-/);
  }
  const refused = await signUp('Ada King');
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(3_000);
  await expect(page.getByRole('alert').filter({ hasText: 'Your form was not sent' })).toContainText(
    /We’ve received several forms from this email address in the last hour\. Please try again in \d+ minutes/,
  );
  await expect(page.getByLabel('Your name')).toHaveValue('Ada King');
  await expect(page.getByLabel('Email address')).toHaveValue(email);
});
