// The labelled choices of the public forms, apart from their schemas (which bring zod): a form's page
// renders them without loading zod, and the schemas, emails and back office read the same labels.

/** How the person would like to be contacted about an enquiry. */
export const preferredContactOptions = [
  { value: 'EMAIL', label: 'Email' },
  { value: 'PHONE', label: 'Phone' },
] as const;

/** The supply a quote is for, labelled the same on the form, in emails, for staff and in a copy. */
export const supplyTypeOptions = [
  { value: 'ELECTRICITY', label: 'Electricity' },
  { value: 'GAS', label: 'Gas' },
  { value: 'BOTH', label: 'Electricity and gas' },
] as const;

/** Whether feedback may be published, and how. */
export const publishOptions = [
  { value: 'NONE', label: 'No, keep my feedback private' },
  { value: 'NAMED', label: 'Yes, you may publish it on your website with my name and company' },
  { value: 'ANONYMOUS', label: 'Yes, you may publish it on your website without my name' },
] as const;

export const ratingOptions = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }));

/** What a data-rights request asks for. */
export const privacyRequestKinds = [
  { value: 'access', label: 'Send me a copy of the information you hold about me' },
  { value: 'rectification', label: 'Correct information about me that is wrong' },
  { value: 'erasure', label: 'Delete the information you hold about me' },
  { value: 'objection', label: 'Stop using my information for marketing' },
] as const;

export type PrivacyRequestKindValue = (typeof privacyRequestKinds)[number]['value'];
