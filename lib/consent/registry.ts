// The one list of cookies the site may set: the policy's cookie table, the banner's categories
// and the cookie audit in the browser tests all read it.

/** The staff session cookie's name. */
export const SESSION_COOKIE = '__Host-lumina_staff';

export type CookieCategoryId = 'necessary' | 'analytics';

export type CookieCategory = {
  id: CookieCategoryId;
  label: string;
  description: string;
  /** Strictly necessary cookies cannot be switched off. */
  locked: boolean;
};

export type CookieDefinition = {
  /** The name as the policy prints it. */
  name: string;
  category: CookieCategoryId;
  purpose: string;
  expiry: string;
  /** Other spellings of the same cookie that browsers may hold (the seed writes `_utma`, GA writes `__utma`). */
  aliases?: readonly string[];
  /** For cookies whose name carries an id, such as GA4's `_ga_<container-id>`. */
  pattern?: RegExp;
};

export const CONSENT_COOKIE = 'lumina_consent';
/** Which version of a page to send (lib/consent/page-view.ts): a cache in front keys on it. */
export const VIEW_COOKIE = 'lumina_view';

export const cookieCategories: readonly CookieCategory[] = [
  {
    id: 'necessary',
    label: 'Strictly necessary',
    description:
      'Remember your cookie choices (and keep staff signed in to the back office). The site cannot work properly without them, so they are always on.',
    locked: true,
  },
  {
    id: 'analytics',
    label: 'Analytics',
    description:
      'Google Analytics cookies that count visits and show us how the site is used. They are set only if you agree.',
    locked: false,
  },
];

export const cookieRegistry: readonly CookieDefinition[] = [
  {
    name: CONSENT_COOKIE,
    category: 'necessary',
    purpose: 'Remembers whether you accepted or rejected analytics cookies, so we do not ask on every page.',
    expiry: '12 months',
  },
  {
    name: VIEW_COOKIE,
    category: 'necessary',
    purpose:
      'Tells a cache in front of our site which version of a page to send you: with or without the cookie question, and with or without analytics. It holds no identifier.',
    expiry: 'As the cookie above',
  },
  {
    name: SESSION_COOKIE,
    category: 'necessary',
    purpose: 'Keeps Lumina Energy staff signed in to the back office. It is set only when a member of staff signs in.',
    expiry: 'When they sign out, or after 12 hours without use (7 days at most)',
  },
  {
    name: '_ga',
    category: 'analytics',
    purpose:
      'This is used to help us count how many people visit www.luminaenergy.co.uk by tracking if you have visited our site before.',
    expiry: '2 years',
  },
  {
    name: '_ga_<container-id>',
    category: 'analytics',
    purpose: 'Used by Google Analytics 4 alongside _ga to keep track of your current visit.',
    expiry: '2 years',
    pattern: /^_ga_[A-Za-z0-9]+$/,
  },
  {
    name: '_gat',
    category: 'analytics',
    purpose: 'This is used to manage the rate at which page view requests are made.',
    expiry: '1 year',
    pattern: /^_gat(_.+)?$/,
  },
  {
    name: '_utma',
    category: 'analytics',
    purpose:
      'Similar to _ga this cookie lets us know if you’ve visited our site before and therefore we can count how many of our visitors are new to our site or a specific page.',
    expiry: '1 year',
    aliases: ['__utma'],
  },
  {
    name: '_utmb',
    category: 'analytics',
    purpose: 'This works to calculate the average length of time you spend on our site.',
    expiry: '2 years',
    aliases: ['__utmb'],
  },
  {
    name: '_utmz',
    category: 'analytics',
    purpose: 'This tells us how you reached our site (i.e. from another website or a search engine).',
    expiry: '6 months',
    aliases: ['__utmz'],
  },
];

// Finds the registry entry a browser cookie belongs to, or undefined for an undeclared cookie.
export function findCookieDefinition(cookieName: string): CookieDefinition | undefined {
  return cookieRegistry.find(
    (c) => c.name === cookieName || c.aliases?.includes(cookieName) || c.pattern?.test(cookieName),
  );
}

// The cookies of one category, in registry order (the policy table groups by category).
export function cookiesIn(category: CookieCategoryId): CookieDefinition[] {
  return cookieRegistry.filter((c) => c.category === category);
}
