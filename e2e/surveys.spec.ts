import { staffPage } from './admin';
import { axe } from './axe';
import { expect, test } from './fixtures';
import { uniqueEmail, waitLikeAPerson } from './forms';
import { openSurvey, uniqueTitle } from './have-your-say';

test('staff write and open a survey; visitors answer (anonymously or not); results, chart and CSV; then it closes', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const staff = await staffPage(browser, testInfo);
  await staff.page.goto('/admin/surveys/new');
  await staff.page.getByLabel('Title').fill('Broken');
  await staff.page.getByLabel('Introduction').fill('x');
  await staff.page.getByLabel('Questions').fill('scale: How?');
  await staff.page.getByRole('button', { name: 'Save the survey' }).click();
  await expect(staff.page.getByRole('alert').getByRole('link')).toHaveText([
    'Line 1 must start with rating:, choice: or text:',
  ]);
  const title = uniqueTitle(testInfo, 'How did we do');
  const path = await openSurvey(staff.page, title);

  await page.goto('/surveys');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'Choose a rating for “How satisfied are you with our service?”',
  ]);
  expect(await axe(page)).toEqual([]);
  await page
    .getByRole('group', { name: /How satisfied/ })
    .getByRole('radio', { name: '4', exact: true })
    .check();
  await page.getByRole('radio', { name: 'A friend or colleague' }).check();
  await page.getByLabel(/Is there anything else/).fill('Very helpful on the phone.');
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^SRV-/);

  await page.goto(path);
  await page
    .getByRole('group', { name: /How satisfied/ })
    .getByRole('radio', { name: '5', exact: true })
    .check();
  await page.getByLabel(/Yes, email me/).check();
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'Give your email address for the newsletter, or untick the newsletter box',
  ]);
  await page.getByLabel('Email address (optional)').fill(uniqueEmail(testInfo));
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^SRV-/);

  await staff.page.reload();
  await expect(staff.page.getByText('2 responses.')).toBeVisible();
  await expect(staff.page.getByText('2 answered; average rating 4.5 out of 5.')).toBeVisible();
  await expect(
    staff.page
      .getByRole('table', { name: /How did you hear about us/ })
      .getByRole('row', { name: /A friend or colleague/ }),
  ).toContainText('1');
  await expect(staff.page.getByTestId('answer-chart').first().locator('svg').first()).toBeVisible();
  await expect(staff.page.getByText('Very helpful on the phone.')).toBeVisible();
  expect(await axe(staff.page)).toEqual([]);
  const csv = await staff.page.request.get(`${new URL(staff.page.url()).pathname}/export`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines[0]).toBe(
    'reference,submitted_at,email,How satisfied are you with our service?,How did you hear about us?,Is there anything else you would like to tell us?',
  );
  expect(lines).toHaveLength(3);

  await staff.page.getByRole('button', { name: 'Close the survey' }).click();
  await expect(staff.page.getByRole('button', { name: 'Open it again' })).toBeVisible();
  await page.goto(path);
  await expect(page.getByText('This survey has closed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send my answers' })).toHaveCount(0);
  await staff.close();
});
