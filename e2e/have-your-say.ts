// Staff's side of surveys and competitions, and a visitor's feedback, as people do them in the browser.
import { expect, type Page, type TestInfo } from '@playwright/test';
import { waitLikeAPerson } from './forms';
import { toUkLocalInput } from '../lib/uk-time';

export const uniqueTitle = (testInfo: TestInfo, what: string) =>
  `${what} ${testInfo.project.name} ${testInfo.testId.slice(0, 8)} ${testInfo.retry}`;

// Sets up a competition open now for a month; returns its public address.
export async function createCompetition(staff: Page, title: string): Promise<string> {
  await staff.goto('/admin/competitions/new');
  await staff.getByLabel('Title').fill(title);
  await staff.getByLabel('Description').fill('Win a free energy review for your business.');
  await staff.getByLabel('Question').fill('Which of these is a renewable source of electricity?');
  await staff.getByLabel('Answers').fill('Coal\nWind\nDiesel');
  await staff.getByLabel('Number of the right answer').fill('2');
  await staff.getByLabel('Opens').fill(toUkLocalInput(new Date(Date.now() - 60_000)));
  await staff.getByLabel('Closes').fill(toUkLocalInput(new Date(Date.now() + 30 * 86_400_000)));
  await staff.getByLabel('Terms').fill('Open to UK businesses. One entry per email address.');
  await staff.getByRole('button', { name: 'Create the competition' }).click();
  await expect(staff.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  return (await staff.getByRole('link', { name: /^\/competitions\// }).textContent()) ?? '';
}

// Enters a competition as a visitor; `answer` is the option's label.
export async function enter(
  page: Page,
  path: string,
  { name, email, answer }: { name: string; email: string; answer: string },
) {
  await page.goto(path);
  await page.getByRole('radio', { name: answer, exact: true }).check();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel(/I accept the/).check();
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Enter the competition' }).click();
}

// Writes and opens a survey; returns its public address.
export async function openSurvey(staff: Page, title: string): Promise<string> {
  await staff.goto('/admin/surveys/new');
  await staff.getByLabel('Title').fill(title);
  await staff.getByLabel('Introduction').fill('Three quick questions about our service.');
  await staff.getByRole('button', { name: 'Save the survey' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Survey saved.' })).toBeVisible();
  await staff.getByRole('button', { name: 'Open the survey' }).click();
  await expect(staff.getByRole('button', { name: 'Close the survey' })).toBeVisible();
  // Only the latest change is announced.
  await expect(staff.getByRole('status').filter({ hasText: 'The survey is open' })).toBeVisible();
  await expect(staff.getByText('Survey saved.')).toHaveCount(0);
  return (await staff.getByRole('link', { name: /^\/surveys\// }).textContent()) ?? '';
}
