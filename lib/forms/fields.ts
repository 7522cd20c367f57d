// A stored record's fields as people read them: stable keys with values as stored (codes, ISO dates),
// each with one label and a reader that puts its value into words. A copy of someone's data, the staff
// request page and a form's acknowledgement email all read records through these.
import { formatDate, formatDateTime } from '../format';

export type CopyValue =
  string | number | boolean | null | string[] | { question: string; answer: string | number | null }[];
export type CopyRecord = Record<string, CopyValue>;

export type Reader = (value: CopyValue, record: CopyRecord) => string;
/** Where a value points, on this site (a policy version's page). */
export type Linker = (value: CopyValue) => string | undefined;
export type Field = { key: string; label: string; read?: Reader; link?: Linker };

// A stored scalar as text ('' for anything else), for looking up its label.
export const code = (v: CopyValue | undefined): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? `${v}` : '';

// Reads a stored code as its option's label (the code itself for one the list does not know).
export const optionLabel = (options: readonly { value: string; label: string }[]) => (v: CopyValue) =>
  options.find((o) => o.value === v)?.label ?? code(v);

export const dateTime: Reader = (v) => (typeof v === 'string' ? formatDateTime(new Date(v)) : '—');
export const dateOnly: Reader = (v) => (typeof v === 'string' ? formatDate(new Date(v)) : '—');
export const money: Reader = (v) => (typeof v === 'number' ? `£${v.toLocaleString('en-GB')}` : '—');
export const quantity: Reader = (v) => (typeof v === 'number' ? `${v.toLocaleString('en-GB')} kWh` : '—');

// One value in words: "Yes"/"No", lists joined, and "—" for nothing.
export function plain(value: CopyValue): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' ? `${v.question}: ${String(v.answer ?? '—')}` : v)).join(', ');
  return String(value);
}

// A field's value in words, or null when nothing was given (each reader decides how to say that).
export function fieldText(field: Field, record: CopyRecord): string | null {
  const value = record[field.key] ?? null;
  if (value === null || value === '') return null;
  return field.read ? field.read(value, record) : plain(value);
}
