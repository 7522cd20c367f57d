import { ADMIN, FORM_ALERT, signIn } from './admin';
import { expect, test } from './fixtures';
import { uniqueEmail } from './forms';
import { inbox, linkIn, waitForEmail } from './mailbox';
import { CONFIRM_SUBJECT, sendToSubscribers, subscribe, writeNewsletter } from './subscribers';

test.describe.configure({ timeout: 120_000 });

test('staff write, preview, test and send a newsletter; only active subscribers get it, each with a one-click unsubscribe', async ({
  page,
  browser,
  request,
}, testInfo) => {
  const active = uniqueEmail(testInfo, 'active');
  const pending = uniqueEmail(testInfo, 'pending');
  await subscribe(page, active);
  await subscribe(page, pending, { confirm: false });

  const staff = await browser.newPage();
  await signIn(staff, ADMIN, '/admin/newsletters');
  const subject = `Winter fixed rates ${testInfo.testId}`;
  const path = await writeNewsletter(
    staff,
    subject,
    '# Winter rates\n\nFixed prices are **down** this month.\n\n<script>alert(1)</script>\n\n[Get a quote](http://127.0.0.1/quote)',
  );
  // The preview shows it as subscribers will see it, markup typed into the text as text.
  const preview = staff.frameLocator('iframe.email-frame');
  await expect(preview.getByRole('heading', { name: 'Winter rates' })).toBeVisible();
  await expect(preview.getByText('<script>alert(1)</script>')).toBeVisible();
  await expect(preview.getByRole('link', { name: 'Unsubscribe' })).toBeVisible();

  await staff.getByRole('button', { name: `Send a test to ${ADMIN.email}` }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'A test copy is on its way' })).toBeVisible();
  const test = await waitForEmail(ADMIN.email, new RegExp(`^\\[Test\\] ${subject}$`));
  expect(test.html).toContain('<strong>down</strong>');

  // Sending needs the box ticked.
  await staff.getByRole('button', { name: /^Send to / }).click();
  await expect(staff.getByRole('alert', { name: FORM_ALERT })).toContainText(
    'Tick the box to confirm that it should go to every active subscriber',
  );
  await sendToSubscribers(staff);
  await expect(staff.getByTestId('send-progress')).toContainText(/^Finished: [\d,]+ of [\d,]+ delivered/, {
    timeout: 60_000,
  });
  await expect(staff.getByRole('button', { name: 'Save draft' })).toHaveCount(0);

  const copy = await waitForEmail(active, new RegExp(`^${subject}$`));
  expect(copy.from).toContain('Lumina Energy');
  expect(copy.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  const oneClick = /^<(http[^>]+\/one-click)>$/.exec(copy.headers['list-unsubscribe']!)![1]!;
  const visible = linkIn(copy, /\/unsubscribe\//);
  expect(copy.html).toContain(`href="${visible}"`);
  expect(oneClick).toBe(`${visible}/one-click`);
  // Someone awaiting confirmation gets nothing but their confirmation email.
  expect((await inbox(pending)).map((m) => m.subject)).toEqual([expect.stringMatching(CONFIRM_SUBJECT)]);

  // Opening the link (as a mail scanner would) changes nothing.
  await page.goto(visible);
  await expect(page.getByRole('heading', { name: 'Unsubscribe from the Lumina Energy newsletter' })).toBeVisible();
  await page.goto(oneClick);
  await expect(page.getByRole('button', { name: 'Unsubscribe' })).toBeVisible();

  // An altered token is refused, by GET and by POST, and changes nothing.
  const tampered = visible.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  expect((await page.goto(tampered))?.status()).toBe(400);
  await expect(page.getByRole('heading', { name: 'This unsubscribe link isn’t valid' })).toBeVisible();
  expect((await request.post(`${tampered}/one-click`, { form: { 'List-Unsubscribe': 'One-Click' } })).status()).toBe(
    400,
  );

  // The mail provider's one-click POST: no cookies, another origin.
  const response = await request.post(oneClick, {
    form: { 'List-Unsubscribe': 'One-Click' },
    headers: { origin: 'https://mail.example.net' },
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe('You are unsubscribed.');
  await page.goto(visible);
  await expect(page.getByRole('heading', { name: 'You are unsubscribed' })).toBeVisible();
  // No sign-up form straight after unsubscribing.
  await expect(page.getByRole('heading', { name: 'Our newsletter' })).toHaveCount(0);

  // Staff see the withdrawal as evidence, and the address on the suppression list.
  await staff.goto('/admin/subscribers');
  await staff.getByLabel('Search').fill(active);
  await staff.getByRole('button', { name: 'Filter' }).click();
  await staff.getByRole('link', { name: active }).click();
  await expect(staff.locator('dl.details')).toContainText('Unsubscribed');
  await expect(staff.locator('dl.details')).toContainText(/Suppression list\s*On it since/);
  await expect(staff.getByRole('table')).toContainText('Withdrew consent to marketing emails (unsubscribed)');
  await expect(staff.getByRole('table')).toContainText('Unsubscribe link in an email (one click)');

  // An import cannot bring them back; a new address in the same list is invited to confirm.
  const imported = uniqueEmail(testInfo, 'imported');
  await staff.goto('/admin/subscribers');
  await staff.getByRole('link', { name: 'Import a list of people who agreed elsewhere' }).click();
  await staff.getByLabel('The list').fill(`${active}\n${imported}, Grace Import, Import Ltd\nnot-an-address`);
  await staff.getByLabel('Where they agreed').fill('Signed up on paper at the Kent Business Show');
  await staff.getByRole('button', { name: 'Import and send confirmation emails' }).click();
  await expect(
    staff.getByRole('status').filter({
      hasText:
        '1 invited to confirm by email; 1 skipped (on the suppression list); 0 already subscribed; 1 line not read.',
    }),
  ).toBeVisible();
  await expect(staff.getByTestId('import-suppressed')).toHaveText(active);
  await expect(staff.getByTestId('import-problems')).toContainText(
    'Line 3 (not-an-address): Enter an email address in the correct format',
  );
  expect((await waitForEmail(imported, CONFIRM_SUBJECT)).text).toContain('Hello Grace Import,');
  expect((await inbox(active)).filter((m) => CONFIRM_SUBJECT.test(m.subject))).toHaveLength(1);

  // Only their own new sign-up, confirmed, takes them off the list.
  await staff.goto(`/admin/subscribers?q=${encodeURIComponent(active)}`);
  await staff.getByRole('link', { name: active }).click();
  await subscribe(page, active, { count: 2 });
  await staff.reload();
  await expect(staff.locator('dl.details')).toContainText(/Suppression list\s*Not on it/);
  expect(staff.url()).toContain('/admin/subscribers/');
  expect(path).toMatch(/^\/admin\/newsletters\/[0-9a-f-]{36}$/);
});

test('staff unsubscribe someone who rang to ask, saying how they asked', async ({ page, browser }, testInfo) => {
  const email = uniqueEmail(testInfo);
  await subscribe(page, email);
  const staff = await browser.newPage();
  await signIn(staff, ADMIN, `/admin/subscribers?q=${encodeURIComponent(email)}`);
  await staff.getByRole('link', { name: email }).click();
  await staff.getByRole('button', { name: 'Unsubscribe at their request' }).click();
  await expect(staff.getByText('Choose how they asked')).toBeVisible();
  await staff.getByLabel('How did they ask?').selectOption('phone');
  await staff.getByLabel('Note (optional)').fill('Called the office on Tuesday');
  await staff.getByRole('button', { name: 'Unsubscribe at their request' }).click();
  await expect(
    staff.getByRole('status').filter({ hasText: `Unsubscribed. ${email} will get no more marketing email.` }),
  ).toBeVisible();
  await staff.reload();
  await expect(staff.getByRole('table')).toContainText('Staff, in the back office (phone)');
  await expect(staff.getByRole('button', { name: 'Unsubscribe at their request' })).toHaveCount(0);
});

test('a newsletter that is too long is refused with a clear message, and an oversized post with a 413', async ({
  page,
}) => {
  await signIn(page, ADMIN, '/admin/newsletters/new');
  await page.getByLabel('Subject').fill('Too long');
  await page.getByLabel('Body').fill('x'.repeat(40_001));
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('alert', { name: FORM_ALERT })).toContainText(
    'The body must be 40000 characters or fewer',
  );
  await expect(page).toHaveURL(/\/admin\/newsletters\/new$/);
  // Posts beyond what any newsletter needs are refused before they are read.
  const huge = await page.request.post('/admin/newsletters/new', {
    headers: { 'content-type': 'text/plain' },
    data: 'x'.repeat(600 * 1024),
  });
  expect(huge.status()).toBe(413);
});
