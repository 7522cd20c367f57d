// What the retention purge removes, and after how long by default. Staff can change each period
// in the back office (stored in RetentionSetting); these are the starting values.
import { REQUEST_FORM_LIST, type RequestFormKey } from '../forms/request-forms';

type Period = { label: string; about: string; defaultDays: number; minDays: number };

/** Each request form's submissions: one period per form, named by its copy key ("enquiries"). */
const requestPeriods = Object.fromEntries(
  REQUEST_FORM_LIST.map((form) => [
    form.key,
    {
      label: form.plural,
      about: 'Deleted, with their notes, this many days after they were received.',
      ...form.retention,
    },
  ]),
) as Record<RequestFormKey, Period>;

export const retentionTypes = {
  ...requestPeriods,
  unsubscribed: {
    label: 'Unsubscribed subscribers',
    about:
      'Subscriber records deleted this many days after they unsubscribed. The address stays on the do-not-contact list as a keyed hash.',
    defaultDays: 30,
    minDays: 1,
  },
  tokens: {
    label: 'Expired links',
    about:
      'Unconfirmed newsletter sign-ups, unverified data requests and staff set-up links, deleted this many days after their link expired.',
    defaultDays: 7,
    minDays: 1,
  },
  ipHashes: {
    label: 'IP address and browser hashes',
    about: 'Removed from consent records, staff sessions and audit entries this many days after they were recorded.',
    defaultDays: 90,
    minDays: 1,
  },
  competitionEntries: {
    label: 'Competition entries',
    about:
      'Deleted this many days after their competition closed (the record of each draw keeps only the winning entry’s reference).',
    defaultDays: 90,
    minDays: 1,
  },
  surveyResponses: {
    label: 'Survey responses',
    about:
      'Deleted this many days after they were sent. The policy keeps surveys for research, so this is long by default.',
    defaultDays: 1_095,
    minDays: 30,
  },
  emails: {
    label: 'Copies of sent emails',
    about:
      'Outbox copies deleted (newsletter copies blanked, to keep their counts) this many days after they were sent or given up on.',
    defaultDays: 365,
    minDays: 7,
  },
} satisfies Record<string, Period>;

export type RetentionType = keyof typeof retentionTypes;
export const RETENTION_TYPES = Object.keys(retentionTypes) as RetentionType[];
export const MAX_RETENTION_DAYS = 3_650;

export type RetentionDays = Record<RetentionType, number>;

// Stored settings over the defaults; unknown or out-of-range stored values fall back to the default.
export function effectiveDays(stored: { recordType: string; days: number }[]): RetentionDays {
  const found = new Map(stored.map((s) => [s.recordType, s.days]));
  return Object.fromEntries(
    RETENTION_TYPES.map((t) => {
      const days = found.get(t);
      const ok = days !== undefined && days >= retentionTypes[t].minDays && days <= MAX_RETENTION_DAYS;
      return [t, ok ? days : retentionTypes[t].defaultDays];
    }),
  ) as RetentionDays;
}

// The moment before which a record of this type is due for removal.
export function cutoffFor(days: number, now: Date): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/** Removed on every run, whatever the settings: released data copies once their link has expired. */
export const EXPIRED_COPIES = 'expiredCopies';
