'use server';
// Setting up competitions and drawing their winners. Each is audited; a draw is also kept on the
// competition as evidence (lib/data/have-your-say/competition-draw.ts).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { formError } from '../../action-state';
import { staffAction } from '../../auth/guarded-action';
import { drawWinner } from '../../data/have-your-say/competition-draw';
import { closeCompetitionNow, createCompetition } from '../../data/have-your-say/competitions';
import { nudgeOutbox } from '../../jobs/outbox-worker';
import { competitionIdSchema, competitionSchema, drawSchema } from '../../validations/competition';

// The new-competition form; goes on to the competition's page.
export const createCompetitionAction = staffAction(competitionSchema, async (data, _v, { user, audit }) => {
  const id = await createCompetition(data, user.name);
  await audit({ action: 'competition-created', subject: id, detail: { title: data.title } });
  revalidatePath('/admin/competitions');
  redirect(`/admin/competitions/${id}`);
});

const refusals = {
  unknown: 'This competition no longer exists.',
  'not-closed': 'The winner can be drawn only after the competition closes.',
  'no-entries': 'There is no eligible entry (with the right answer, and not already drawn) to draw from.',
  'reason-needed':
    'A winner has been drawn already. To draw again, say why (for example, the winner could not be reached).',
  'already-drawn': 'A winner has been drawn already.',
} as const;

// "Draw the winner" (and "Draw again", with a reason).
export const drawWinnerAction = staffAction(drawSchema, async ({ competitionId, reason }, _v, { user, audit }) => {
  const result = await drawWinner(competitionId, user.name, reason);
  if (result.outcome !== 'drawn') return formError(refusals[result.outcome]);
  await audit({
    action: 'competition-drawn',
    subject: competitionId,
    detail: { winner: result.winnerReference, eligible: result.eligible, reason: reason || null },
  });
  after(() => nudgeOutbox());
  revalidatePath(`/admin/competitions/${competitionId}`);
  return {
    status: 'done',
    message: `Winner drawn: entry ${result.winnerReference}, from ${result.eligible} eligible. They have been emailed.`,
  };
});

// "Close entries now": ends an open competition early, so its winner can be drawn.
export const closeCompetitionAction = staffAction(competitionIdSchema, async ({ competitionId }, _v, { audit }) => {
  if (!(await closeCompetitionNow(competitionId)))
    return formError('This competition is not open, so there is nothing to close.');
  await audit({ action: 'competition-closed-early', subject: competitionId });
  revalidatePath(`/admin/competitions/${competitionId}`);
  return { status: 'done', message: 'Entries are closed. You can draw the winner now.' };
});
