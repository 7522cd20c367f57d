// A survey's answer form (/surveys/<slug>), described once; its schema is built from the survey's questions.
import { notStored, type PublicFormDescriptor } from './descriptor';

export const surveyForm = {
  name: 'survey',
  prefix: 'SRV',
  thankYouPath: '/surveys/thank-you',
  failure: notStored('save your answers'),
} as const satisfies PublicFormDescriptor;
