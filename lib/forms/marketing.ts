// The marketing opt-in every form ends with. Its exact wording is stored, with its hash, in the
// consent record of everyone who ticks it, so what they agreed to can always be shown.
export const MARKETING_WORDING =
  'Yes, email me Lumina Energy’s monthly newsletter with updates on our products and services, latest news and events. I can unsubscribe at any time.';
