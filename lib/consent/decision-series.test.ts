import { describe, expect, it } from 'vitest';
import { dayRange, decisionSeries, decisionTotals, ukDay } from './decision-series';

describe('decision series', () => {
  it('counts the day in UK time, including across midnight in summer', () => {
    expect(ukDay(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(ukDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });

  it('lists every day in the range, oldest first, across a month end and the clock change', () => {
    expect(dayRange('2026-11-02', 4)).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
    expect(dayRange('2026-03-30', 3)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it('fills quiet days with zeros and ignores other actions and days outside the range', () => {
    const series = decisionSeries(
      [
        { day: '2026-11-24', action: 'accept', count: 3 },
        { day: '2026-11-24', action: 'gpc', count: 1 },
        { day: '2026-11-25', action: 'reject', count: 2 },
        { day: '2026-11-25', action: 'opt-in', count: 9 },
        { day: '2026-11-01', action: 'accept', count: 50 },
      ],
      '2026-11-25',
      3,
    );
    expect(series).toEqual([
      { day: '2026-11-23', accept: 0, reject: 0, custom: 0, gpc: 0, withdraw: 0 },
      { day: '2026-11-24', accept: 3, reject: 0, custom: 0, gpc: 1, withdraw: 0 },
      { day: '2026-11-25', accept: 0, reject: 2, custom: 0, gpc: 0, withdraw: 0 },
    ]);
    expect(decisionTotals(series)).toEqual({ accept: 3, reject: 2, custom: 0, gpc: 1, withdraw: 0 });
  });
});
