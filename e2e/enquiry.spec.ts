import { ADMIN, signIn } from './admin';
import { axe } from './axe';
import { expect, test } from './fixtures';
import { botSubmit, fillEnquiry, uniqueEmail, waitLikeAPerson } from './forms';
import { inbox, linkIn, waitForEmail } from './mailbox';

test.describe('Quick Enquiry', () => {
  test('a person sends an enquiry and gets a reference and what happens next', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quick enquiry' }).click();
    await expect(page.getByRole('heading', { name: 'Quick enquiry', level: 1 })).toBeVisible();
    await expect(
      page.getByText('How we use this information: We will use these details only to answer your enquiry.'),
    ).toBeVisible();
    const optIn = page.getByLabel(/Yes, email me Lumina Energy’s monthly newsletter/);
    await expect(optIn).not.toBeChecked();
    for (const [label, autocomplete] of [
      ['Your name', 'name'],
      ['Email address', 'email'],
      ['Phone number', 'tel'],
      ['Company name', 'organization'],
    ]) {
      await expect(page.getByLabel(label!)).toHaveAttribute('autocomplete', autocomplete!);
    }
    const email = uniqueEmail(testInfo);
    await fillEnquiry(page, { email, message: 'Our contract ends in March.\nCan you <b>help</b>?' });
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(page).toHaveURL(/\/contact\/thank-you\?ref=ENQ-/);
    await expect(page.getByRole('heading', { name: 'Thank you, your enquiry has been sent' })).toBeVisible();
    await expect(page.getByTestId('reference')).toHaveText(/^ENQ-[2-9A-HJ-NP-Z]{6}$/);
    await expect(page.getByText('One of our energy advisers will reply within one working day')).toBeVisible();
    const reference = (await page.getByTestId('reference').textContent())!;

    // The person gets an acknowledgement with a copy of what they sent (markup arrives as text).
    const acknowledgement = await waitForEmail(email, new RegExp(reference));
    expect(acknowledgement.subject).toBe(`We have your enquiry (${reference})`);
    expect(acknowledgement.from).toContain('Lumina Energy');
    expect(acknowledgement.text).toContain('Message: Our contract ends in March.\nCan you <b>help</b>?');
    expect(acknowledgement.html).toContain('Can you &lt;b&gt;help&lt;/b&gt;?');
    expect(acknowledgement.text).toContain('Newsletter: No');
    // The team is told, with a link to the enquiry; replying writes to the person.
    const notification = await waitForEmail('info@luminaenergy.co.uk', new RegExp(reference));
    expect(notification.subject).toBe(`New enquiry ${reference} from Analytical Engines Ltd`);
    expect(notification.headers['reply-to']).toContain(email);
    expect(notification.text).not.toContain('Our contract ends');
    await signIn(page, ADMIN, linkIn(notification, /\/admin\/requests\/enquiry\//));
    await expect(page.getByRole('heading', { name: `Enquiry ${reference}` })).toBeVisible();
    expect(await inbox(email)).toHaveLength(1);
  });

  test('missing and wrong answers are listed in a focused summary that links to each field', async ({ page }) => {
    await page.goto('/contact');
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Enter your name',
      'Enter your email address',
      'Enter company name',
      'Enter your message',
    ]);
    await summary.getByRole('link', { name: 'Enter your email address' }).click();
    await expect(page.getByLabel('Email address')).toBeFocused();
    await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Email address')).toHaveAccessibleDescription(/Enter your email address/);

    await page.getByLabel('Email address').fill('ada@');
    await page.getByLabel('Email address').blur();
    await expect(page.locator('#field-email-error')).toHaveText(
      'Error: Enter an email address in the correct format, like name@example.co.uk',
    );
    await page.getByRole('radio', { name: 'Phone' }).check();
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(
      summary.getByRole('link', { name: 'Enter a phone number so we can call you, or choose email' }),
    ).toBeVisible();
  });

  test('axe finds no violations on the form, empty and with errors', async ({ page }) => {
    test.setTimeout(90_000); // each axe scan takes several seconds on a busy two-core machine
    await page.goto('/contact');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    expect(await axe(page)).toEqual([]);
  });

  test('a double click sends one enquiry', async ({ page }, testInfo) => {
    await page.goto('/contact');
    await fillEnquiry(page, { email: uniqueEmail(testInfo) });
    await waitLikeAPerson(page);
    let posts = 0;
    page.on('request', (r) => void (r.method() === 'POST' && r.url().endsWith('/contact') && posts++));
    await page.getByRole('button', { name: 'Send enquiry' }).dblclick();
    await expect(page).toHaveURL(/thank-you/);
    expect(posts).toBe(1);
  });

  test('spam: the honeypot is out of reach, and a filled honeypot or an instant submission gets a success-shaped answer', async ({
    page,
    request,
    baseURL,
  }, testInfo) => {
    await page.goto('/contact');
    const trap = page.locator('#field-website');
    await expect(trap).toHaveAttribute('tabindex', '-1');
    await expect(page.locator('.trap')).toHaveAttribute('aria-hidden', 'true');
    await page.getByLabel('Your name').focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('field-website');
    }
    await fillEnquiry(page, { email: uniqueEmail(testInfo, 'bot') });
    await trap.evaluate((el: HTMLInputElement) => (el.value = 'http://spam.example'));
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    await expect(page.getByRole('heading', { name: 'Thank you, your enquiry has been sent' })).toBeVisible();

    // A bot that posts the moment the page arrives (and ticks the opt-in, so anything stored would email).
    const fast = uniqueEmail(testInfo, 'fastbot');
    const answer = await botSubmit(request, `${baseURL}/contact`, {
      name: 'Bot',
      email: fast,
      company: 'Spam Ltd',
      message: 'Buy now',
      preferredContact: 'EMAIL',
      marketingOptIn: 'yes',
    });
    expect(answer).toBe('Thank you, your enquiry has been sent');
    await page.waitForTimeout(2_000);
    expect(await inbox(fast)).toEqual([]);
  });

  // FORM_LIMIT_PER_EMAIL is 3 on the test server; an enquiry reaches only the team, so a real customer
  // may send three times as many before they are asked to wait.
  test('a customer may send nine enquiries an hour from one address; the tenth is refused with a clear message', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const email = uniqueEmail(testInfo);
    for (let i = 0; i < 9; i++) {
      await page.goto('/contact');
      await fillEnquiry(page, { email, message: `Enquiry number ${i + 1}` });
      await waitLikeAPerson(page);
      await page.getByRole('button', { name: 'Send enquiry' }).click();
      await expect(page).toHaveURL(/thank-you/);
    }
    await page.goto('/contact');
    await fillEnquiry(page, { email, message: 'Enquiry number 10' });
    await waitLikeAPerson(page);
    await page.getByRole('button', { name: 'Send enquiry' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Your form was not sent' });
    await expect(summary).toContainText(
      'We’ve received several forms from this email address in the last hour. Please try again in',
    );
    await expect(summary).toBeFocused();
    await expect(page.getByLabel('Your message')).toHaveValue('Enquiry number 10');
  });
});
