import { staffPage } from './admin';
import { expect, test } from './fixtures';
import { uniqueEmail } from './forms';
import { waitForEmail } from './mailbox';
import { confirmRequest, makeRequest, openRequest, sendEnquiry } from './privacy';
import { subscribe } from './subscribers';

test('correction: staff see the change beside what we hold, apply it everywhere, and it is logged', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const email = uniqueEmail(testInfo);
  const enquiry = await sendEnquiry(page, email, 'Jon Smyth');
  const reference = await makeRequest(page, {
    kind: 'rectification',
    email,
    name: 'Jon Smith',
    correctName: 'Jon Smith',
  });
  await confirmRequest(page, email);
  const staff = await staffPage(browser, testInfo);
  await openRequest(staff.page, reference);
  const row = staff.page.getByRole('row', { name: /^Name/ });
  await expect(row.getByRole('cell')).toHaveText(['Jon Smyth', 'Jon Smith']);
  await staff.page.getByRole('button', { name: 'Apply these corrections everywhere' }).click();
  await expect(staff.page.getByRole('status').filter({ hasText: 'Corrections applied to every record' })).toBeVisible();
  await expect(staff.page.getByText('applied the corrections')).toBeVisible();
  // The history says in words what the correction replaced.
  await expect(staff.page.getByText('Name: “Jon Smyth” became')).toBeVisible();
  await staff.page.goto(`/admin/requests?q=${enquiry}`);
  await staff.page.getByRole('link', { name: enquiry }).click();
  await expect(staff.page.getByRole('definition').filter({ hasText: /^Jon Smith$/ })).toBeVisible();
  const told = await waitForEmail(email, /^We have corrected your information/);
  expect(told.text).toContain('name');
  await staff.close();
});

test('erasure: staff review what goes, must confirm, and afterwards nothing about the person is found', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const email = uniqueEmail(testInfo);
  const enquiry = await sendEnquiry(page, email, 'Eve Erased', true);
  const reference = await makeRequest(page, { kind: 'erasure', email, name: 'Eve Erased' });
  await confirmRequest(page, email);
  const staff = await staffPage(browser, testInfo);
  await openRequest(staff.page, reference);
  await expect(staff.page.getByRole('listitem').filter({ hasText: 'Quick enquiries: 1' })).toBeVisible();
  await expect(staff.page.getByRole('listitem').filter({ hasText: /^Newsletter subscription: [12]$/ })).toBeVisible();
  await staff.page.getByRole('button', { name: 'Erase everything about this person' }).click();
  await expect(staff.page.getByRole('status').filter({ hasText: 'Tick the box to confirm' })).toBeVisible();
  await staff.page.getByLabel(/I have checked there is no legal reason to keep this data/).check();
  await staff.page.getByRole('button', { name: 'Erase everything about this person' }).click();
  await expect(
    staff.page.getByRole('status').filter({ hasText: 'Everything about this person has been erased' }),
  ).toBeVisible();
  await expect(staff.page.getByRole('definition').filter({ hasText: /^erased$/ })).toBeVisible();

  const done = await waitForEmail(email, /^We have deleted your information/);
  expect(done.text).toContain('do-not-contact list');
  // Staff can no longer find the person anywhere they would look.
  for (const path of [
    `/admin/requests?q=${encodeURIComponent(email)}`,
    `/admin/requests?q=${enquiry}`,
    `/admin/subscribers?q=${encodeURIComponent(email)}`,
    `/admin/privacy?q=${encodeURIComponent(email)}`,
  ]) {
    await staff.page.goto(path);
    await expect(staff.page.getByRole('table').getByRole('row'), path).toHaveCount(1);
  }
  await staff.page.goto(`/admin/consents?q=${encodeURIComponent(email)}`);
  await expect(staff.page.getByText(email)).toHaveCount(0);
  await staff.page.getByRole('button', { name: 'Verify the ledger now' }).click();
  await expect(staff.page.getByRole('status').filter({ hasText: 'Intact.' })).toBeVisible();
  await staff.close();
});

test('objection: marketing stops the moment the person confirms', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const email = uniqueEmail(testInfo);
  await subscribe(page, email);
  await makeRequest(page, { kind: 'objection', email });
  await confirmRequest(page, email);
  await expect(page.getByRole('heading', { name: 'We have stopped marketing to you' })).toBeVisible();
  await waitForEmail(email, /^We have stopped marketing to you/);
  const staff = await staffPage(browser, testInfo);
  await staff.page.goto(`/admin/subscribers?q=${encodeURIComponent(email)}`);
  await expect(staff.page.getByRole('table').getByRole('row').nth(1)).toContainText(/Unsubscribed/i);
  await staff.close();
});

test('extension and refusal: a reason is required, and the person is told it', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const email = uniqueEmail(testInfo);
  const reference = await makeRequest(page, { kind: 'access', email });
  await confirmRequest(page, email);
  const staff = await staffPage(browser, testInfo);
  await openRequest(staff.page, reference);
  const extend = staff.page.getByRole('form', { name: 'Extend the deadline' });
  await extend.getByRole('button', { name: 'Extend the deadline' }).click();
  await expect(extend.getByRole('status')).toHaveText('Not done: Enter the reason');
  await expect(extend.getByLabel('Why more time is needed')).toHaveAccessibleDescription(/Enter the reason/);
  await extend.getByLabel('Why more time is needed').fill('Records held in two archived systems');
  await extend.getByRole('button', { name: 'Extend the deadline' }).click();
  await expect(staff.page.getByRole('status').filter({ hasText: 'Deadline extended' })).toBeVisible();
  await expect(staff.page.getByRole('form', { name: 'Extend the deadline' })).toHaveCount(0);
  const extended = await waitForEmail(email, /^We need more time for your request/);
  expect(extended.text).toContain('Records held in two archived systems');

  await staff.page
    .getByRole('form', { name: 'Refuse the request' })
    .getByLabel('The reason (sent to the person)')
    .fill('We hold no data for this address.');
  await staff.page.getByRole('button', { name: 'Refuse the request' }).click();
  await expect(staff.page.getByRole('status').filter({ hasText: 'Request refused' })).toBeVisible();
  const refused = await waitForEmail(email, /^About your request/);
  expect(refused.text).toContain('We hold no data for this address.');
  expect(refused.text).toContain('ico.org.uk');
  await staff.close();
});
