// UK wall-clock time (GMT or BST) to and from instants, wherever the server runs.
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

export type UkDay = { y: number; m: number; d: number };

// The UK date and time of an instant.
export function ukParts(date: Date): UkDay & { h: number; min: number } {
  const parts = londonParts.formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: part('year'), m: part('month'), d: part('day'), h: part('hour'), min: part('minute') };
}

// The instant a UK clock shows this date and time (the first one, in the hour the clocks go back).
export function ukInstant({ y, m, d }: UkDay, h = 0, min = 0, s = 0, ms = 0): Date {
  const asUtc = Date.UTC(y, m - 1, d, h, min, s, ms);
  const seen = ukParts(new Date(asUtc));
  const shown = Date.UTC(seen.y, seen.m - 1, seen.d, seen.h, seen.min);
  return new Date(asUtc - (shown - Date.UTC(y, m - 1, d, h, min)));
}

// "2026-11-25T14:30" (a datetime-local field, read as UK time) to an instant; null if malformed.
export function fromUkLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [y, m, d, h, min] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || min > 59) return null;
  const result = ukInstant({ y, m, d }, h, min);
  return ukParts(result).d === d ? result : null;
}

// An instant as a datetime-local field's value, in UK time.
export function toUkLocalInput(date: Date): string {
  const p = ukParts(date);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.y}-${two(p.m)}-${two(p.d)}T${two(p.h)}:${two(p.min)}`;
}
