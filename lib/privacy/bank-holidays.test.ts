import { describe, expect, it } from 'vitest';
import { bankHolidays, isNonWorkingDay } from './bank-holidays';

// As published on gov.uk for England and Wales.
const published: Record<number, string[]> = {
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
  2028: [
    '2028-01-03',
    '2028-04-14',
    '2028-04-17',
    '2028-05-01',
    '2028-05-29',
    '2028-08-28',
    '2028-12-25',
    '2028-12-26',
  ],
  2022: [
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-05-30',
    '2022-08-29',
    '2022-12-26',
    '2022-12-27',
  ],
};

describe('England and Wales bank holidays', () => {
  it.each(Object.keys(published))('matches the published list for %s (standing rules only)', (year) => {
    const y = Number(year);
    // 2022 also had 2–3 June (Jubilee) and 19 September (State Funeral): one-offs the rules cannot know.
    expect(bankHolidays(y)).toEqual(published[y]);
  });

  it('knows weekends and holidays from working days', () => {
    expect(isNonWorkingDay(2026, 12, 25)).toBe(true);
    expect(isNonWorkingDay(2026, 12, 26)).toBe(true); // Saturday
    expect(isNonWorkingDay(2026, 12, 28)).toBe(true); // Boxing Day moved to Monday
    expect(isNonWorkingDay(2026, 12, 29)).toBe(false);
  });
});
