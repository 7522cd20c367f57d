// Who the site speaks for: every page reads the organisation's details from here, never a literal.
export const organisation = {
  tradingName: 'Lumina Energy',
  shortName: 'Lumina',
  legalName: 'Commercial Services Trading Ltd',
  owner: 'Kent County Council',
  website: 'www.luminaenergy.co.uk',
  email: 'info@luminaenergy.co.uk',
  /** A number to call, shown in the footer and on the contact page when set. The policy mentions calls but
   * the company has not given one, so none is invented. */
  phone: null as string | null,
  postalAddress: ['Lumina Energy', '1 Abbey Wood Road', 'Kings Hills', 'West Malling', 'Kent', 'ME19 4YT'],
} as const;

// The address on one line, as the policy and the footer print it.
export function postalAddressLine(): string {
  return organisation.postalAddress.join(', ');
}

// A tel: link for a number as people write it ("01732 123456" or "+44 (0)1732 123456" → "tel:+441732123456").
export function telephoneHref(number: string): string {
  const digits = number.replace('(0)', '').replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('0') ? `+44${digits.slice(1)}` : digits}`;
}
