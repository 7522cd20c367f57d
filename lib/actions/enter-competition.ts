'use server';
// The competition entry form's action (/competitions/<slug>).
import { enterCompetition, findEntryReference } from '../data/have-your-say/competitions';
import { competitionForm } from '../forms/competition';
import { publicSubmission } from '../server/public-submission';

// Used by <CompetitionEntryForm> through useActionState.
export const enterCompetitionAction = publicSubmission({
  ...competitionForm,
  find: findEntryReference,
  create: (data, key) => enterCompetition(data, key),
});
