// The public forms by name: the name keys their rate limits, and each form carries it (a hidden
// field) so a post sent without JavaScript can be checked against those limits before it runs.

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
/** The hidden field every public form carries its name in. */
export const FORM_NAME_FIELD = 'formName';

// Whether a posted value names one of our forms.
export function isFormName(value: unknown): value is FormName {
  return typeof value === 'string' && (FORM_NAMES as readonly string[]).includes(value);
}
