import { describe, expect, it } from 'vitest';
import { deadlineState, dueDateFrom, extendedDueDate } from './deadline';

const uk = (d: Date) => d.toLocaleString('en-GB', { timeZone: 'Europe/London' });

describe('data-rights deadlines', () => {
  it('is the end of the UK day one calendar month after verification', () => {
    // Tuesday 3 Nov 2026 → Thursday 3 Dec 2026, 23:59:59 GMT.
    expect(dueDateFrom(new Date('2026-11-03T10:00:00Z')).toISOString()).toBe('2026-12-03T23:59:59.999Z');
    // In summer time the day ends at 22:59:59 UTC: 2 June → Thursday 2 July 2026.
    expect(dueDateFrom(new Date('2026-06-02T09:00:00Z')).toISOString()).toBe('2026-07-02T22:59:59.999Z');
  });

  it('counts the UK date, not the UTC one, near midnight', () => {
    // 00:30 BST on 1 Oct is still 30 Sep in UTC; the request arrived on 1 Oct in the UK → 2 Nov (1 Nov is a Sunday).
    expect(uk(dueDateFrom(new Date('2026-09-30T23:30:00Z')))).toBe('02/11/2026, 23:59:59');
  });

  it('uses the last day of a shorter month and moves weekends to Monday', () => {
    expect(uk(dueDateFrom(new Date('2027-01-29T12:00:00Z')))).toBe('01/03/2027, 23:59:59'); // 28 Feb 2027 is a Sunday
    expect(uk(dueDateFrom(new Date('2027-03-31T12:00:00Z')))).toBe('30/04/2027, 23:59:59');
    expect(uk(dueDateFrom(new Date('2026-12-31T12:00:00Z')))).toBe('01/02/2027, 23:59:59'); // 31 Jan 2027 is a Sunday
  });

  it('moves a deadline on a bank holiday to the next working day', () => {
    // 25 Dec 2026 (Friday) → Saturday, Sunday, Boxing Day moved to Monday 28 → Tuesday 29.
    expect(uk(dueDateFrom(new Date('2026-11-25T12:00:00Z')))).toBe('29/12/2026, 23:59:59');
    expect(uk(dueDateFrom(new Date('2027-03-05T12:00:00Z')))).toBe('05/04/2027, 23:59:59');
    expect(uk(dueDateFrom(new Date('2027-02-26T12:00:00Z')))).toBe('30/03/2027, 23:59:59'); // Good Friday 26, Easter Monday 29
  });

  it('extends to three months from the start', () => {
    expect(uk(extendedDueDate(new Date('2026-11-03T10:00:00Z')))).toBe('03/02/2027, 23:59:59');
  });

  it('says when a request is overdue or due within a week', () => {
    const due = new Date('2026-12-03T23:59:59.999Z');
    expect(deadlineState(due, new Date('2026-11-20T00:00:00Z'))).toBe('on-time');
    expect(deadlineState(due, new Date('2026-11-28T00:00:00Z'))).toBe('due-soon');
    expect(deadlineState(due, new Date('2026-12-04T00:00:00Z'))).toBe('overdue');
  });
});
