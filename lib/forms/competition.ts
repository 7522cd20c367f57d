// The competition entry form (/competitions/<slug>), described once.
import { notStored, type PublicFormDescriptor } from './descriptor';
import { competitionEntrySchema } from '../validations/competition';

export const competitionForm = {
  name: 'competition',
  schema: competitionEntrySchema,
  prefix: 'CMP',
  thankYouPath: '/competitions/entered',
  failure: notStored('record your entry'),
} as const satisfies PublicFormDescriptor;
