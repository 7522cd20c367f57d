// How each kind of data-rights request is named to the person and to staff.
import type { PrivacyRequestKindValue } from '../validations/choices';

type Kind = 'ACCESS' | 'RECTIFICATION' | 'ERASURE' | 'OBJECTION';

export const kindOf = (value: PrivacyRequestKindValue) => value.toUpperCase() as Kind;

/** "We received a request to …" */
export const requestedTo: Record<Kind, string> = {
  ACCESS: 'send you a copy of the information we hold about you',
  RECTIFICATION: 'correct information we hold about you',
  ERASURE: 'delete the information we hold about you',
  OBJECTION: 'stop using your information for marketing',
};

/** Short labels for the back office. */
export const kindLabel: Record<Kind, string> = {
  ACCESS: 'Copy of data',
  RECTIFICATION: 'Correction',
  ERASURE: 'Erasure',
  OBJECTION: 'Marketing objection',
};

export const statusLabel = {
  OPEN: 'Open',
  UNVERIFIED: 'Awaiting email confirmation',
  COMPLETED: 'Completed',
  REFUSED: 'Refused',
} as const;

/** A verification link works for this long. */
export const VERIFY_TTL_MS = 60 * 60 * 1000;
/** A released copy can be downloaded for this long. */
export const DOWNLOAD_TTL_MS = 7 * 24 * 60 * 60 * 1000;
