import { describe, expect, it } from 'vitest';
import { fromUkLocalInput, toUkLocalInput, ukInstant } from './uk-time';

describe('UK wall-clock time', () => {
  it('reads GMT and BST times', () => {
    expect(fromUkLocalInput('2026-01-15T09:30')?.toISOString()).toBe('2026-01-15T09:30:00.000Z');
    expect(fromUkLocalInput('2026-07-15T09:30')?.toISOString()).toBe('2026-07-15T08:30:00.000Z');
    expect(ukInstant({ y: 2026, m: 7, d: 15 }, 23, 59, 59, 999).toISOString()).toBe('2026-07-15T22:59:59.999Z');
  });

  it('refuses malformed and impossible values', () => {
    for (const bad of ['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01 10:00', '2026-01-01T25:00'])
      expect(fromUkLocalInput(bad), bad).toBeNull();
  });

  it('round-trips through a datetime-local value', () => {
    for (const v of ['2026-03-29T03:15', '2026-10-25T00:30', '2026-12-31T23:59'])
      expect(toUkLocalInput(fromUkLocalInput(v)!)).toBe(v);
  });
});
