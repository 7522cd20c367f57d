// The public forms by name: the name keys their rate limits.

export const FORM_NAMES = [
  'enquiry',
  'quote',
  'newsletter',
  'feedback',
  'competition',
  'survey',
  'privacy-request',
] as const;
export type FormName = (typeof FORM_NAMES)[number];
