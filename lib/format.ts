// Dates as people in the UK read them, in UK time, wherever the server runs.
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });

// "25 November 2026 at 09:30", for emails and the admin area.
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

// "25 November 2026".
export function formatDate(date: Date): string {
  return dateOnly.format(date);
}

// A value read from stored JSON, as text: strings as they are, numbers and booleans written out, anything else as JSON.
export function jsonText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return `${value}`;
  return JSON.stringify(value);
}
