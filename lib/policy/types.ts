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

export type PolicyVersion = {
  /** Stable id recorded with every consent decision. */
  id: string;
  /** ISO date the wording was last changed. */
  lastUpdated: string;
  sections: readonly PolicySection[];
  /** sha256 of the canonical content, recorded when the version was published. */
  recordedHash: string;
};
