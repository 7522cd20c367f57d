import { staffPage } from './admin';
import { axe } from './axe';
import { expect, test } from './fixtures';
import { uniqueEmail, waitLikeAPerson } from './forms';
import { createCompetition, enter, uniqueTitle } from './have-your-say';
import { waitForEmail } from './mailbox';

test('staff set up a competition; visitors enter once per email; the winner is drawn fairly and logged', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const staff = await staffPage(browser, testInfo);
  // A wrong set-up is refused with what to fix.
  await staff.page.goto('/admin/competitions/new');
  await staff.page.getByLabel('Answers').fill('Only one');
  await staff.page.getByLabel('Number of the right answer').fill('3');
  await staff.page.getByRole('button', { name: 'Create the competition' }).click();
  await expect(staff.page.getByRole('alert').getByRole('link')).toContainText([
    'Enter the title',
    'Enter the description',
    'Enter the terms',
    'Enter the question',
    'Give between two and six answers, one per line',
  ]);
  const title = uniqueTitle(testInfo, 'Energy review giveaway');
  const path = await createCompetition(staff.page, title);

  const winner = uniqueEmail(testInfo, 'right');
  await page.goto('/competitions');
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByLabel(/Yes, email me/)).not.toBeChecked();
  // The terms must be accepted.
  await page.getByRole('radio', { name: 'Wind', exact: true }).check();
  await page.getByLabel('Your name').fill('Winnie Right');
  await page.getByLabel('Email address').fill(winner);
  await waitLikeAPerson(page);
  await page.getByRole('button', { name: 'Enter the competition' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveText(['Tick the box to confirm you accept the terms']);
  expect(await axe(page)).toEqual([]);
  await page.getByLabel(/I accept the/).check();
  await page.getByRole('button', { name: 'Enter the competition' }).click();
  await expect(page.getByTestId('reference')).toHaveText(/^CMP-/);
  const winningRef = (await page.getByTestId('reference').textContent())!;
  await waitForEmail(winner, new RegExp(`^Your entry: ${title}`));

  // Once per email address, however it is typed.
  await enter(page, path, { name: 'Winnie Again', email: winner.toUpperCase(), answer: 'Coal' });
  await expect(page.getByRole('alert').getByRole('link')).toHaveText([
    'You have already entered this competition with this email address. Each address can enter once.',
  ]);
  // Said once at the field and linked once from the summary, not a third time above it.
  await expect(page.getByText('You have already entered this competition with this email address.')).toHaveCount(2);
  await enter(page, path, { name: 'Wanda Wrong', email: uniqueEmail(testInfo, 'wrong'), answer: 'Coal' });
  await expect(page.getByTestId('reference')).toHaveText(/^CMP-/);

  await staff.page.reload();
  await expect(staff.page.getByText('2 (1 with the right answer)')).toBeVisible();
  // Staff can read the entries themselves, in the order they came in.
  const entries = staff.page.getByRole('table', { name: 'Entries, in the order they came in' }).getByRole('row');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(1)).toContainText(winningRef);
  await expect(entries.nth(1)).toContainText('(right)');
  await expect(entries.nth(2)).toContainText('Wanda Wrong');
  await expect(entries.nth(2)).toContainText('Coal (wrong)');
  await staff.page.getByRole('button', { name: 'Close entries now' }).click();
  await staff.page.getByRole('button', { name: 'Draw the winner' }).click();
  await expect(
    staff.page.getByRole('status').filter({ hasText: `Winner drawn: entry ${winningRef}, from 1 eligible.` }),
  ).toBeVisible();
  const draws = staff.page.getByRole('table', { name: 'Every draw, oldest first' }).getByRole('row');
  await expect(draws.nth(1)).toContainText(winningRef);
  await expect(draws.nth(1)).toContainText('Ada Admin');
  expect(await axe(staff.page)).toEqual([]);
  await waitForEmail(winner, new RegExp(`^You won: ${title}`));
  // Drawing again needs a reason, and there is nobody else eligible.
  await staff.page.getByRole('button', { name: 'Draw again' }).click();
  await expect(staff.page.getByRole('status')).toHaveText(/To draw again, say why/);
  await staff.page.getByLabel('Why draw again?').fill('Winner did not reply');
  await staff.page.getByRole('button', { name: 'Draw again' }).click();
  await expect(staff.page.getByRole('status')).toHaveText(/There is no eligible entry/);

  // Closed to the public now.
  await page.goto(path);
  await expect(page.getByText(/This competition closed on/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enter the competition' })).toHaveCount(0);
  const competitionId = new URL(staff.page.url()).pathname.split('/').pop()!;
  await staff.page.goto('/admin/audit?action=competition-drawn');
  await expect(staff.page.getByRole('table').getByRole('row').filter({ hasText: competitionId })).toHaveCount(1);
  await staff.close();
});
