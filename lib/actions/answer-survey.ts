'use server';
// A survey's answer form action: the schema is built from that survey's questions, then the form
// follows every public form's flow (spam checks, rate limits, stored once).
import { type ActionState, formError, formText } from '../action-state';
import { createSurveyResponse, findResponseReference, surveyById } from '../data/have-your-say/surveys';
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
    form: 'survey',
    schema: surveyResponseSchema(survey.questions),
    prefix: 'SRV',
    thanksPath: '/surveys/thank-you',
    find: findResponseReference,
    create: (data, key) => createSurveyResponse(survey, data as SurveyResponseData, key),
    failure: 'We couldn’t save your answers just now. Nothing was lost: please try again in a moment.',
  });
  return action(prev, formData);
}
