// What each step in a data request's history changed, in sentences for staff (the log stores it as
// JSON: counts per kind of record, what a correction replaced, a reason or note).
import { COPY_SECTIONS } from './copy-fields';
import { formatDate, formatDateTime, jsonText } from '../format';
import { REQUEST_FORM_LIST } from '../forms/request-forms';
import { correctableFields } from '../validations/privacy-request';

const ERASED: Record<string, string> = {
  ...Object.fromEntries(REQUEST_FORM_LIST.map((form) => [form.key, form.plural])),
  subscribers: 'Newsletter subscriptions',
  feedback: 'Feedback',
  competitionEntries: 'Competition entries',
  surveyResponses: 'Survey responses',
  consentRecordsRedacted: 'Consent records stripped of their identity',
  emails: 'Emails blanked',
  auditEntries: 'Audit entries blanked',
  rateLimits: 'Rate-limit counters',
  requests: 'Requests emptied',
};

type Detail = Record<string, unknown>;
const isDetail = (v: unknown): v is Detail => typeof v === 'object' && v !== null && !Array.isArray(v);
const quoted = (v: unknown) =>
  Array.isArray(v) ? (v.length ? v.map((x) => `“${jsonText(x)}”`).join(', ') : 'nothing') : `“${jsonText(v)}”`;

// "Quick enquiries: 3; Consent records: 1", leaving out kinds with none; "nothing" when all are empty.
function counted(counts: unknown, name: (key: string) => string): string {
  if (!isDetail(counts)) return 'nothing';
  const parts = Object.entries(counts)
    .filter(([, n]) => typeof n === 'number' && n > 0)
    .map(([k, n]) => `${name(k)}: ${jsonText(n)}`);
  return parts.length ? parts.join('; ') : 'nothing';
}

const sectionName = (key: string) => COPY_SECTIONS.find((s) => s.key === key)?.title ?? key;

// The sentences for one event's detail (none when there is nothing to say).
export function describeEventDetail(action: string, detail: unknown): string[] {
  if (!isDetail(detail) || Object.keys(detail).length === 0 || detail.erased === true) return [];
  switch (action) {
    case 'verified':
      return typeof detail.dueAt === 'string' ? [`The answer is due by ${formatDate(new Date(detail.dueAt))}.`] : [];
    case 'released':
      return [
        `The copy held: ${counted(detail.counts, sectionName)}.`,
        ...(typeof detail.expiresAt === 'string'
          ? [`Its link works until ${formatDateTime(new Date(detail.expiresAt))}.`]
          : []),
      ];
    case 'erased':
      return [`Removed or blanked: ${counted(detail, (k) => ERASED[k] ?? k)}.`];
    case 'rectified':
      return Object.entries(detail)
        .filter(([, c]) => isDetail(c))
        .map(([field, c]) => {
          const change = c as Detail;
          const label = correctableFields[field as keyof typeof correctableFields] ?? field;
          return `${label}: ${quoted(change.before)} became ${quoted(change.after)} in ${jsonText(change.records ?? 0)} record${change.records === 1 ? '' : 's'}.`;
        });
    case 'extended':
      return [
        `New deadline: ${typeof detail.to === 'string' ? formatDate(new Date(detail.to)) : 'not given'}.`,
        ...(detail.reason ? [`Reason: ${jsonText(detail.reason)}`] : []),
      ];
    case 'refused':
      return detail.reason ? [`Reason given to the person: ${jsonText(detail.reason)}`] : [];
    case 'completed':
      return detail.note ? [`Note: ${jsonText(detail.note)}`] : [];
    case 'objection-applied':
      return [
        detail.unsubscribed
          ? 'Their newsletter subscription was ended and the address put on the do-not-contact list.'
          : 'They were not subscribed; the address was put on the do-not-contact list.',
      ];
    default:
      return Object.entries(detail).map(([k, v]) => `${k}: ${jsonText(v)}`);
  }
}
