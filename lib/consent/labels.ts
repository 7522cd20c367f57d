// Plain-English words for what the consent ledger stores as codes: each kind of consent, each decision
// (which depends on the kind: withdrawing marketing is not withdrawing permission to publish) and
// where it was given. The back office, the visitor's own history and the data-rights copy all read
// these, so a record is described the same way wherever it is shown.
type Kind = 'COOKIES' | 'MARKETING' | 'PUBLICATION';

export const CONSENT_KIND_LABELS: Record<Kind, string> = {
  COOKIES: 'Cookies',
  MARKETING: 'Marketing emails',
  PUBLICATION: 'Permission to publish feedback',
};

const DECISIONS: Record<Kind, Record<string, string>> = {
  COOKIES: {
    accept: 'Accepted all cookies',
    reject: 'Rejected analytics cookies',
    custom: 'Saved cookie settings',
    gpc: 'Global Privacy Control: analytics off',
    withdraw: 'Withdrew consent to analytics cookies',
  },
  MARKETING: {
    'opt-in': 'Opted in to marketing emails',
    confirm: 'Confirmed by the emailed link',
    withdraw: 'Withdrew consent to marketing emails (unsubscribed)',
  },
  PUBLICATION: {
    grant: 'Gave permission to publish their feedback',
    withdraw: 'Withdrew permission to publish their feedback',
  },
};

const SOURCES: Record<string, string> = {
  banner: 'Cookie banner',
  settings: 'Cookie settings page',
  'form:enquiry': 'Quick Enquiry form',
  'form:quote': 'Request a Quote form',
  'form:newsletter': 'Newsletter sign-up form',
  'form:feedback': 'Feedback form',
  'email:confirmation-link': 'Confirmation link in an email',
  'email:one-click': 'Unsubscribe link in an email (one click)',
  'email:unsubscribe-page': 'Unsubscribe page',
  'email:withdraw-link': 'Withdraw link in an email',
  'privacy-request:objection': 'Objection in a data-rights request',
  import: 'Imported list',
};

/** Every decision the ledger can hold, for its filter: code and a label that says which kind it is. */
export const CONSENT_DECISIONS = Object.entries(DECISIONS).flatMap(([kind, actions]) =>
  Object.entries(actions).map(([action, label]) => ({ kind: kind as Kind, action, label })),
);

// A kind's label (the code itself for one this list does not know).
export function consentKindLabel(kind: string): string {
  return CONSENT_KIND_LABELS[kind as Kind] ?? kind;
}

// What a record's decision means, for its kind.
export function consentDecisionLabel(kind: string, action: string): string {
  return DECISIONS[kind as Kind]?.[action] ?? action;
}

// Where a record was given: a form, an email link, the banner, or a member of staff (by name or channel).
export function consentSourceLabel(source: string): string {
  if (source.startsWith('staff:')) return `Staff, in the back office (${source.slice('staff:'.length)})`;
  if (source.startsWith('form:competition:'))
    return `Competition entry form (${source.slice('form:competition:'.length)})`;
  return SOURCES[source] ?? source;
}
