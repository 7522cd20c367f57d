'use server';
// A survey's answer form action: the schema is built from that survey's questions, then the form
// follows every public form's flow (spam checks, rate limits, stored once).
import { type ActionState, formError, formText } from '../action-state';
import { createSurveyResponse, findResponseReference, surveyById } from '../data/have-your-say/surveys';
import { surveyForm } from '../forms/survey';
import { publicSubmission } from '../server/public-submission';
import { isUuid } from '../validations/common';
import { type SurveyResponseData, surveyResponseSchema } from '../validations/survey';

// Used by <SurveyForm> through useActionState; works as a plain post without JavaScript.
export async function answerSurvey(prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = formText(formData, 'surveyId');
  const survey = isUuid(id) ? await surveyById(id) : null;
  if (!survey || survey.status === 'DRAFT')
    return formError('This survey could not be found. It may have been removed.');
  const action = publicSubmission({
    ...surveyForm,
    schema: surveyResponseSchema(survey.questions),
    find: findResponseReference,
    create: (data, key) => createSurveyResponse(survey, data as SurveyResponseData, key),
  });
  return action(prev, formData);
}
