'use server';
// The competition entry form's action (/competitions/<slug>).
import { enterCompetition, findEntryReference } from '../data/have-your-say/competitions';
import { publicSubmission } from '../server/public-submission';
import { competitionEntrySchema } from '../validations/competition';

// Used by <CompetitionEntryForm> through useActionState.
export const enterCompetitionAction = publicSubmission({
  form: 'competition',
  schema: competitionEntrySchema,
  prefix: 'CMP',
  thanksPath: '/competitions/entered',
  find: findEntryReference,
  create: (data, key) => enterCompetition(data, key),
  failure: 'We couldn’t record your entry just now. Nothing was lost: please try again in a moment.',
});
