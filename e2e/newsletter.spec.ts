import { axe } from './axe';
import { banner, expect, test } from './fixtures';
import { botSubmit, fillEnquiry, fillNewsletter, uniqueEmail, waitLikeAPerson } from './forms';
import { inbox, linkIn, waitForEmail } from './mailbox';

const CONFIRM_SUBJECT = /^Confirm your Lumina Energy newsletter subscription$/;

test.describe('Newsletter sign-up (double opt-in)', () => {
  test('sign up, get the email, follow the link, press confirm: subscribed', async ({ page }, testInfo) => {
    const email = uniqueEmail(testInfo);
    await page.goto('/newsletter');
    await expect(page.getByText('Your subscription starts only when you follow it')).toBeVisible();
    const optIn = page.getByLabel(/Yes, email me Lumina Energy’s monthly newsletter/);
    await expect(optIn).not.toBeChecked();
    await page.getByLabel('Your name').fill('Grace Hopper');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Company name (optional)').fill('Compilers Ltd');
    await optIn.check();
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page).toHaveURL(/\/newsletter\/check-email\?ref=NWS-/);
    await expect(page.getByRole('heading', { name: 'Check your email to confirm your subscription' })).toBeVisible();
    await expect(page.getByText('Your subscription is not active until you follow it.')).toBeVisible();

    const message = await waitForEmail(email, CONFIRM_SUBJECT);
    expect(message.from).toMatch(/^"?Lumina Energy"? <info@luminaenergy.co.uk>$/);
    expect(message.text).toContain('Hello Grace Hopper,');
    const link = linkIn(message, /\/newsletter\/confirm\?token=/);
    expect(message.html).toContain(link.replace(/&/g, '&amp;'));

    // Opening the link (as a mail scanner would) only shows the button.
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Confirm your newsletter subscription' })).toBeVisible();
    await page.goto(link);
    await expect(page.getByRole('button', { name: 'Confirm my subscription' })).toBeVisible();
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await expect(page).toHaveURL(/\/newsletter\/confirmed$/);
    await expect(page.getByRole('heading', { name: 'Thank you, your subscription is confirmed' })).toBeVisible();

    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Your subscription is already confirmed' })).toBeVisible();
    expect(await inbox(email)).toHaveLength(1);
  });

  test('the box must be ticked, and every missing answer is listed', async ({ page }) => {
    await page.goto('/newsletter');
    await page.getByRole('button', { name: 'Sign up' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Enter your name',
      'Enter your email address',
      'Tick the box to confirm you want the newsletter',
    ]);
    await summary.getByRole('link', { name: 'Tick the box to confirm you want the newsletter' }).click();
    await expect(page.getByLabel(/Yes, email me/)).toBeFocused();
    await expect(page.getByLabel(/Yes, email me/)).toHaveAccessibleDescription(
      /Tick the box to confirm you want the newsletter/,
    );
  });

  test('an unknown or altered link gets a page that explains, and changes nothing', async ({ page }) => {
    for (const query of [`?token=${'A'.repeat(43)}`, '', '?token=%3Cscript%3E']) {
      await page.goto(`/newsletter/confirm${query}`);
      await expect(
        page.getByRole('heading', { name: 'This confirmation link has expired or isn’t valid' }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: 'sign up again' })).toHaveAttribute('href', '/newsletter');
      await expect(page.getByRole('button', { name: 'Confirm my subscription' })).toHaveCount(0);
    }
  });

  test('the footer sign-up works on other pages; the policy has its own in the marketing section', async ({
    page,
  }, testInfo) => {
    const email = uniqueEmail(testInfo);
    await page.goto('/');
    const footer = page.getByRole('contentinfo');
    const form = footer.getByRole('form', { name: 'Newsletter sign-up' });
    await form.getByLabel('Your name').fill('Alan Turing');
    await form.getByLabel('Email address').fill(email);
    await form.getByLabel(/Yes, email me/).check();
    await waitLikeAPerson(page);
    await form.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByRole('heading', { name: 'Check your email to confirm your subscription' })).toBeVisible();
    await waitForEmail(email, CONFIRM_SUBJECT);

    await page.goto('/privacy-policy');
    const marketing = page.locator('#marketing');
    await expect(marketing.getByRole('form', { name: 'Newsletter sign-up' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Newsletter sign-up' })).toHaveCount(1);
    const duplicateIds = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicateIds).toEqual([]);
  });

  test('a ticked opt-in on the enquiry form sends the confirmation email; an unticked one sends none', async ({
    page,
  }, testInfo) => {
    const yes = uniqueEmail(testInfo, 'yes');
    await page.goto('/contact');
    await fillEnquiry(page, { email: yes });
    await page.getByLabel(/Yes, email me/).check();
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(page.getByTestId('reference')).toHaveText(/^ENQ-/);
    await waitForEmail(yes, CONFIRM_SUBJECT);

    const no = uniqueEmail(testInfo, 'no');
    await page.goto('/contact');
    await fillEnquiry(page, { email: no });
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(page.getByTestId('reference')).toHaveText(/^ENQ-/);
    // The acknowledgement is queued with the enquiry, so a confirmation would have come with it.
    const acknowledgement = await waitForEmail(no, /We have your enquiry/);
    expect(acknowledgement.text).toContain('Newsletter: No');
    expect((await inbox(no)).map((m) => m.subject)).toEqual([acknowledgement.subject]);
  });

  test('a double click sends one sign-up and one email', async ({ page }, testInfo) => {
    const email = uniqueEmail(testInfo);
    await page.goto('/newsletter');
    await fillNewsletter(page, 'Ada', email);
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Sign up' }).dblclick();
    await expect(page).toHaveURL(/check-email/);
    await waitForEmail(email, CONFIRM_SUBJECT);
    await page.waitForTimeout(2_000);
    expect(await inbox(email)).toHaveLength(1);
  });

  test('analytics never loads on the confirmation page, even after a yes', async ({ page, google }, testInfo) => {
    const email = uniqueEmail(testInfo);
    await page.goto('/newsletter');
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => google.requests.length).toBeGreaterThan(0);
    await fillNewsletter(page, 'Ada', email);
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Sign up' }).click();
    const link = linkIn(await waitForEmail(email, CONFIRM_SUBJECT), /token=/);
    const before = google.requests.length;
    await page.goto(link);
    await expect(page.getByRole('button', { name: 'Confirm my subscription' })).toBeVisible();
    await expect(page.locator('#lumina-analytics')).toHaveCount(0);
    await page.waitForTimeout(500);
    expect(google.requests.slice(before).filter((u) => u.includes('token='))).toEqual([]);
    expect(google.requests.length).toBe(before);
  });

  test('axe finds no violations on the sign-up page, with errors, and on a page with the footer sign-up', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/newsletter');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.goto('/');
    expect(await axe(page)).toEqual([]);
  });

  test('spam: a filled honeypot or an instant sign-up gets the same answer, and no email is sent', async ({
    page,
    request,
    baseURL,
  }, testInfo) => {
    const bot = uniqueEmail(testInfo, 'bot');
    await page.goto('/newsletter');
    await fillNewsletter(page, 'Bot', bot);
    await page.locator('#field-website').evaluate((el: HTMLInputElement) => (el.value = 'http://spam.example'));
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByRole('heading', { name: 'Check your email to confirm your subscription' })).toBeVisible();

    // A bot posts the moment the page arrives.
    const fast = uniqueEmail(testInfo, 'fastbot');
    expect(await botSubmit(request, `${baseURL}/newsletter`, { name: 'Bot', email: fast, marketingOptIn: 'yes' })).toBe(
      'Check your email to confirm your subscription',
    );
    await page.waitForTimeout(2_000);
    expect([...(await inbox(bot)), ...(await inbox(fast))]).toEqual([]);
  });

  test('a fourth sign-up for one address within the hour is refused with a clear message', async ({
    page,
  }, testInfo) => {
    const email = uniqueEmail(testInfo);
    const signUp = async () => {
      await page.goto('/newsletter');
      await fillNewsletter(page, 'Ada', email);
      await waitLikeAPerson(page);
      await page.getByRole('button', { name: 'Sign up' }).click();
    };
    for (let i = 0; i < 3; i++) {
      await signUp();
      await expect(page).toHaveURL(/check-email/);
    }
    await signUp();
    const summary = page.getByRole('alert').filter({ hasText: 'Your form was not sent' });
    await expect(summary).toContainText('We’ve received several forms from this email address in the last hour.');
    await expect(page.getByLabel('Email address')).toHaveValue(email);
    await waitForEmail(email, CONFIRM_SUBJECT, 3);
    await page.waitForTimeout(1_500);
    expect(await inbox(email)).toHaveLength(3);
  });
});
