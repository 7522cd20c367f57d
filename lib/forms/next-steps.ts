// What happens after each form, said the same way on its thank-you page and in its acknowledgement email.
export const ENQUIRY_NEXT_STEPS = [
  'One of our energy advisers will reply within one working day, by the contact method you chose.',
  'We use your details only to answer this enquiry.',
] as const;

export const QUOTE_NEXT_STEPS = [
  'An energy adviser compares suppliers for your site and contacts you within two working days.',
  'If we need a recent bill to confirm your meter details, we will ask for it.',
  'We use your details only to prepare and discuss this quote.',
] as const;
