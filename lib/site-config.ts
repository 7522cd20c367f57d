// Who the site speaks for: every page reads the organisation's details from here, never a literal.
export const organisation = {
  tradingName: 'Lumina Energy',
  shortName: 'Lumina',
  legalName: 'Commercial Services Trading Ltd',
  owner: 'Kent County Council',
  website: 'www.luminaenergy.co.uk',
  email: 'info@luminaenergy.co.uk',
  postalAddress: ['Lumina Energy', '1 Abbey Wood Road', 'Kings Hills', 'West Malling', 'Kent', 'ME19 4YT'],
} as const;

// The address on one line, as the policy and the footer print it.
export function postalAddressLine(): string {
  return organisation.postalAddress.join(', ');
}
