// What staff are told after each step on a data request (shown on the request's page).
export const stepDone = {
  released: 'Copy released: the person has been emailed a link to it.',
  rectified: 'Corrections applied to every record, and the person told.',
  erased: 'Everything about this person has been erased, and they have been told.',
  extended: 'Deadline extended; the person has been told why.',
  refused: 'Request refused; the person has been told why.',
  completed: 'Request marked as done.',
} as const;

export type PrivacyStep = keyof typeof stepDone;
