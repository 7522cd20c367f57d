// The shape of a copy of someone's data, in one place: each section's records hold their values as
// stored (codes, ISO dates), under stable keys, and this file says in what order they come and how
// each reads in plain English. The person's page, the staff review before release and the JSON
// download all follow it, so the copy reads the same everywhere and its file keeps a documented order.
import { kindLabel as privacyKindLabel, statusLabel as privacyStatusLabel } from './kinds';
import { consentDecisionLabel, consentKindLabel, consentSourceLabel } from '../consent/labels';
import {
  code,
  type CopyRecord,
  type CopyValue,
  dateTime,
  type Field,
  type Linker,
  plain,
  type Reader,
} from '../forms/fields';
import { REQUEST_FORM_LIST } from '../forms/request-forms';
import { versionPage } from '../policy/addresses';
import { formatPolicyDate, policyVersion } from '../policy/index';
import { statusLabel as requestStatusLabel } from '../validations/requests';
import { subscriberStatusLabel } from '../validations/subscribers';

// A policy version by its date, and its permanent page (an id no published version has reads as recorded).
const policyDate: Reader = (v) => {
  const version = policyVersion(code(v));
  return version ? `Version of ${formatPolicyDate(version.lastUpdated)}` : code(v);
};
const policyPage: Linker = (v) => (policyVersion(code(v)) ? versionPage(code(v)) : undefined);
const capitalised = (v: CopyValue) =>
  typeof v === 'string' && v ? v[0]!.toUpperCase() + v.slice(1).replace(/-/g, ' ') : '—';

const EMAIL_KINDS: Record<string, string> = {
  ...Object.fromEntries(
    REQUEST_FORM_LIST.flatMap((form) => [
      [`${form.name}-acknowledgement`, `Confirmation of your ${form.noun}`],
      [`${form.name}-reply`, `Our reply to your ${form.noun}`],
    ]),
  ),
  'newsletter-confirmation': 'Link to confirm your newsletter subscription',
  newsletter: 'Newsletter',
  'feedback-acknowledgement': 'Thanks for your feedback',
  'competition-entry': 'Confirmation of your competition entry',
  'competition-winner': 'Competition win',
  'privacy-verification': 'Link to confirm your data request',
  'privacy-copy': 'Your copy of your data',
};
const NOTE_KINDS: Record<string, string> = {
  NOTE: 'Internal note',
  CORRESPONDENCE: 'Correspondence',
  STATUS: 'Status change',
};
const DIRECTIONS: Record<string, string> = { in: 'From you to us', out: 'From us to you' };
const PERMISSIONS: Record<string, string> = {
  NONE: 'No, keep it private',
  NAMED: 'Yes, with name and company',
  ANONYMOUS: 'Yes, without name',
};
const OUTBOX_STATUSES: Record<string, string> = {
  PENDING: 'Waiting to be sent',
  SENT: 'Sent',
  FAILED: 'Could not be sent',
  CANCELLED: 'Not sent (cancelled)',
};
const mapped = (labels: Record<string, string>) => (v: CopyValue) =>
  typeof v === 'string' ? (labels[v] ?? capitalised(v)) : '—';

const common = {
  reference: { key: 'reference', label: 'Reference' },
  name: { key: 'name', label: 'Name' },
  email: { key: 'email', label: 'Email' },
  phone: { key: 'phone', label: 'Phone' },
  company: { key: 'company', label: 'Company' },
  optIn: { key: 'marketingOptIn', label: 'Newsletter box ticked' },
  requestStatus: { key: 'status', label: 'Status', read: (v: CopyValue) => requestStatusLabel(code(v)) },
} satisfies Record<string, Field>;
const received: Field = { key: 'receivedAt', label: 'Received', read: dateTime };

/** Every section of a copy, in order, with its fields in order. */
export const COPY_SECTIONS: { key: string; title: string; about: string; fields: Field[] }[] = [
  ...REQUEST_FORM_LIST.map((form) => ({
    key: form.key,
    title: form.plural,
    about: `What you sent us through the ${form.title} form.`,
    fields: [common.reference, received, ...form.fields, common.optIn, common.requestStatus],
  })),
  {
    key: 'notes',
    title: 'Notes and correspondence',
    about: 'What our staff recorded while answering your enquiries and quotes.',
    fields: [
      { key: 'about', label: 'About' },
      { key: 'writtenAt', label: 'Written', read: dateTime },
      { key: 'kind', label: 'Kind', read: mapped(NOTE_KINDS) },
      { key: 'direction', label: 'Direction', read: mapped(DIRECTIONS) },
      { key: 'channel', label: 'By', read: capitalised },
      { key: 'author', label: 'Written by' },
      { key: 'text', label: 'Text' },
    ],
  },
  {
    key: 'newsletter',
    title: 'Newsletter subscription',
    about: 'Your newsletter subscription.',
    fields: [
      common.email,
      common.name,
      common.company,
      { key: 'status', label: 'Status', read: (v) => subscriberStatusLabel(code(v)) },
      { key: 'signedUpAt', label: 'First signed up', read: dateTime },
      { key: 'confirmedAt', label: 'Confirmed', read: dateTime },
      { key: 'unsubscribedAt', label: 'Unsubscribed', read: dateTime },
    ],
  },
  {
    key: 'newsletter-signups',
    title: 'Newsletter sign-ups',
    about: 'Each time you asked for the newsletter, and whether you confirmed.',
    fields: [
      common.reference,
      { key: 'source', label: 'Where', read: (v) => consentSourceLabel(code(v)) },
      { key: 'requestedAt', label: 'Asked', read: dateTime },
      { key: 'confirmedAt', label: 'Confirmed', read: dateTime },
    ],
  },
  {
    key: 'consents',
    title: 'Consent records',
    about: 'Our evidence of each choice you made about marketing, cookies and publishing your feedback.',
    fields: [
      { key: 'recordedAt', label: 'Recorded', read: dateTime },
      { key: 'kind', label: 'About', read: (v) => consentKindLabel(code(v)) },
      { key: 'action', label: 'Choice', read: (v, r) => consentDecisionLabel(code(r.kind), code(v)) },
      {
        key: 'categories',
        label: 'Categories',
        read: (v) => (Array.isArray(v) ? v.map((c) => (typeof c === 'string' ? c : c.question)).join(', ') : '—'),
      },
      { key: 'source', label: 'Where', read: (v) => consentSourceLabel(code(v)) },
      { key: 'policyVersion', label: 'Privacy policy', read: policyDate, link: policyPage },
      { key: 'wording', label: 'Wording you saw' },
      { key: 'consentId', label: 'Consent ID' },
    ],
  },
  {
    key: 'emails',
    title: 'Emails we sent you',
    about: 'Every email we sent (or tried to send) to your address.',
    fields: [
      { key: 'subject', label: 'Subject' },
      { key: 'kind', label: 'What it was', read: mapped(EMAIL_KINDS) },
      { key: 'queuedAt', label: 'Written', read: dateTime },
      { key: 'sentAt', label: 'Sent', read: dateTime },
      { key: 'status', label: 'Status', read: mapped(OUTBOX_STATUSES) },
      { key: 'text', label: 'Text' },
    ],
  },
  {
    key: 'feedback',
    title: 'Feedback and testimonials',
    about: 'Feedback you sent us, and whether you allowed us to publish it.',
    fields: [
      common.reference,
      { key: 'sentAt', label: 'Sent', read: dateTime },
      common.name,
      common.email,
      common.company,
      { key: 'rating', label: 'Rating', read: (v) => (v === null ? '—' : `${code(v)} out of 5`) },
      { key: 'message', label: 'Feedback' },
      { key: 'permission', label: 'Permission to publish', read: mapped(PERMISSIONS) },
      { key: 'permissionWithdrawnAt', label: 'Permission withdrawn', read: dateTime },
      { key: 'published', label: 'Published on our website' },
    ],
  },
  {
    key: 'competitions',
    title: 'Competition entries',
    about: 'Competitions you entered.',
    fields: [
      common.reference,
      { key: 'competition', label: 'Competition' },
      { key: 'enteredAt', label: 'Entered', read: dateTime },
      common.name,
      common.email,
      { key: 'answer', label: 'Your answer' },
    ],
  },
  {
    key: 'surveys',
    title: 'Survey responses',
    about: 'Survey answers you sent with your email address (anonymous answers cannot be linked to you).',
    fields: [
      common.reference,
      { key: 'survey', label: 'Survey' },
      { key: 'sentAt', label: 'Sent', read: dateTime },
      common.email,
      { key: 'answers', label: 'Answers' },
    ],
  },
  {
    key: 'requests',
    title: 'Data-rights requests',
    about: 'Requests you made about your information, including this one.',
    fields: [
      common.reference,
      {
        key: 'kind',
        label: 'Request',
        read: (v) => privacyKindLabel[code(v) as keyof typeof privacyKindLabel] ?? code(v),
      },
      { key: 'receivedAt', label: 'Received', read: dateTime },
      { key: 'confirmedAt', label: 'Confirmed', read: dateTime },
      {
        key: 'status',
        label: 'Status',
        read: (v) => privacyStatusLabel[code(v) as keyof typeof privacyStatusLabel] ?? code(v),
      },
    ],
  },
  {
    key: 'suppression',
    title: 'Do-not-contact list',
    about: 'Whether your address is on our marketing do-not-contact list (kept as a scrambled code, not the address).',
    fields: [
      { key: 'listedAt', label: 'Listed', read: dateTime },
      { key: 'reason', label: 'Why', read: capitalised },
    ],
  },
];

export type CopyRow =
  { label: string; text: string; href?: string } | { label: string; answers: { question: string; answer: string }[] };

// One record as labelled rows, in the section's order, each value in words ("—" for nothing).
export function readRecord(sectionKey: string, record: CopyRecord): CopyRow[] {
  const section = COPY_SECTIONS.find((s) => s.key === sectionKey);
  // A copy made before this file existed kept its labels as keys: shown as stored.
  if (!section || !section.fields.some((f) => f.key in record))
    return Object.entries(record).map(([label, v]) => ({ label, text: plain(v) }));
  return section.fields.map(({ key, label, read, link }) => {
    const value = record[key] ?? null;
    if (Array.isArray(value) && value.some((v) => typeof v === 'object')) {
      return {
        label,
        answers: (value as { question: string; answer: string | number | null }[]).map((a) => ({
          question: a.question,
          answer: plain(a.answer),
        })),
      };
    }
    if (value === null || value === '') return { label, text: '—' };
    const href = link?.(value);
    return { label, text: read ? read(value, record) : plain(value), ...(href ? { href } : {}) };
  });
}

// The record with its keys in the section's documented order (a database may have reordered them).
export function orderedRecord(sectionKey: string, record: CopyRecord): CopyRecord {
  const section = COPY_SECTIONS.find((s) => s.key === sectionKey);
  if (!section || !section.fields.some((f) => f.key in record)) return record;
  return Object.fromEntries(section.fields.map((f) => [f.key, record[f.key] ?? null]));
}
