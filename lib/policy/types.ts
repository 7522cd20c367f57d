// The shape of a privacy policy version: plain data, so it can be hashed and rendered.
export type PolicyBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: readonly string[] }
  | { type: 'subheading'; text: string }
  | { type: 'cookie-table' }
  | { type: 'contact-details' };

export type PolicySection = {
  /** Anchor on the page, e.g. "cookies". */
  id: string;
  number: number;
  title: string;
  blocks: readonly PolicyBlock[];
};

/** A cookie as the version's table listed it: the registry's entry, its pattern as source text. */
export type PolicyCookie = {
  name: string;
  category: string;
  purpose: string;
  expiry: string;
  aliases?: readonly string[];
  pattern: string | null;
};

export type PolicyVersion = {
  /** Stable id recorded with every consent decision. */
  id: string;
  /** ISO date the wording was last changed. */
  lastUpdated: string;
  /** One line on what this version changed, for the list of versions. */
  summary: string;
  sections: readonly PolicySection[];
  /** The cookie list (lib/consent/registry.ts) as it stood when this version was published. */
  cookies: readonly PolicyCookie[];
  /** sha256 of the canonical content, recorded when the version was published. */
  recordedHash: string;
  /** sha256 of `cookies`, recorded when the version was published. */
  recordedCookieHash: string;
};
