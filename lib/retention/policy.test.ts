import { describe, expect, it } from 'vitest';
import { cutoffFor, effectiveDays, retentionTypes } from './policy';

describe('retention settings', () => {
  it('uses stored periods over the defaults, ignoring unknown types and out-of-range values', () => {
    const days = effectiveDays([
      { recordType: 'enquiries', days: 365 },
      { recordType: 'quotes', days: 5 }, // below the 30-day minimum
      { recordType: 'tokens', days: 99_999 },
      { recordType: 'something-else', days: 1 },
    ]);
    expect(days.enquiries).toBe(365);
    expect(days.quotes).toBe(retentionTypes.quotes.defaultDays);
    expect(days.tokens).toBe(retentionTypes.tokens.defaultDays);
    expect(Object.keys(days)).toEqual(Object.keys(retentionTypes));
  });

  it('counts the cutoff back in whole days', () => {
    expect(cutoffFor(30, new Date('2026-11-25T12:00:00Z')).toISOString()).toBe('2026-10-26T12:00:00.000Z');
  });
});
