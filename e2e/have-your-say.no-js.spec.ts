import { staffPage } from './admin';
import { expect, test } from './fixtures';
import { uniqueEmail, waitLikeAPerson } from './forms';
import { createCompetition, enter, openSurvey, uniqueTitle } from './have-your-say';
import { linkIn, waitForEmail } from './mailbox';

test('without JavaScript: feedback with errors kept, then sent; the permission is withdrawn from the email', async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo);
  await page.goto('/feedback');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Your feedback').fill('Clear advice, <b>no</b> jargon.');
  await page.getByRole('radio', { name: /without my name/ }).check();
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText(['Enter your name']);
  await expect(page.getByLabel('Your feedback')).toHaveValue('Clear advice, <b>no</b> jargon.');
  await expect(page.getByRole('radio', { name: /without my name/ })).toBeChecked();
  await page.getByLabel('Your name').fill('Nora NoScript');
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^FBK-/);
  await page.goto(linkIn(await waitForEmail(email, /^Thank you for your feedback/), /\/feedback\/withdraw\//));
  await page.getByRole('button', { name: 'Withdraw my permission' }).click();
  await expect(page.getByRole('heading', { name: 'Your feedback is not published' })).toBeVisible();
});

test('without JavaScript: staff set up a competition and a survey; visitors enter and answer', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const staff = await staffPage(browser, testInfo);
  const path = await createCompetition(staff.page, uniqueTitle(testInfo, 'No-JS prize draw'));
  const email = uniqueEmail(testInfo);
  await page.goto(path);
  await page.getByRole('button', { name: 'Enter the competition' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'Choose your answer',
    'Enter your name',
    'Enter your email address',
    'Tick the box to confirm you accept the terms',
  ]);
  await enter(page, path, { name: 'Nora NoScript', email, answer: 'Wind' });
  await expect(page.getByTestId('reference')).toHaveText(/^CMP-/);
  await enter(page, path, { name: 'Nora Again', email, answer: 'Wind' });
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'You have already entered this competition with this email address. Each address can enter once.',
  ]);
  await expect(page.getByLabel('Your name')).toHaveValue('Nora Again');

  const survey = await openSurvey(staff.page, uniqueTitle(testInfo, 'No-JS survey'));
  await page.goto(survey);
  await page.getByLabel(/Is there anything else/).fill('Works without scripts.');
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'Choose a rating for “How satisfied are you with our service?”',
  ]);
  await expect(page.getByLabel(/Is there anything else/)).toHaveValue('Works without scripts.');
  await page
    .getByRole('group', { name: /How satisfied/ })
    .getByRole('radio', { name: '3', exact: true })
    .check();
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^SRV-/);
  await staff.page.reload();
  await expect(staff.page.getByText('1 response.')).toBeVisible();
  await expect(staff.page.getByText('1 answered; average rating 3.0 out of 5.')).toBeVisible();
  await staff.close();
});
