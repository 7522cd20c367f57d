'use server';
// Writing surveys, and opening and closing them. Each change is audited.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formError } from '../../action-state';
import { staffAction } from '../../auth/guarded-action';
import { saveSurvey, setSurveyStatus } from '../../data/have-your-say/surveys';
import { surveySchema, surveyStatusSchema } from '../../validations/survey';

// The survey editor (new, or a draft); goes on to the survey's page.
export const saveSurveyAction = staffAction(surveySchema, async ({ surveyId, ...input }, _v, { user, audit }) => {
  const id = await saveSurvey(surveyId, input, user.name);
  if (!id)
    return formError(
      'This survey has been opened, so its questions can no longer change: every response must answer the same questions.',
    );
  await audit({ action: surveyId ? 'survey-changed' : 'survey-created', subject: id });
  revalidatePath('/admin/surveys');
  redirect(`/admin/surveys/${id}?saved=1`);
});

// "Open the survey" / "Close the survey"; back to the survey's page with what changed.
export const setSurveyStatusAction = staffAction(surveyStatusSchema, async ({ surveyId, status }, _v, { audit }) => {
  if (!(await setSurveyStatus(surveyId, status))) return formError('This survey no longer exists.');
  await audit({ action: status === 'OPEN' ? 'survey-opened' : 'survey-closed', subject: surveyId });
  revalidatePath('/surveys');
  // A fresh page, so only this change's notice shows (not an earlier "Survey saved.").
  redirect(`/admin/surveys/${surveyId}?changed=${status === 'OPEN' ? 'opened' : 'closed'}`);
});
