import { describe, expect, it } from 'vitest';
import { loadOrder } from './load-order';

describe('loadOrder', () => {
  it('loads the tables a key points at first', () => {
    const keys = [
      { table: 'Confirmation', columns: ['subscriberId'], references: 'Subscriber', nullable: false },
      { table: 'Consent', columns: ['enquiryId'], references: 'Enquiry', nullable: true },
    ];
    const plan = loadOrder(['Consent', 'Confirmation', 'Enquiry', 'Subscriber'], keys);
    expect(plan.order.indexOf('Subscriber')).toBeLessThan(plan.order.indexOf('Confirmation'));
    expect(plan.order.indexOf('Enquiry')).toBeLessThan(plan.order.indexOf('Consent'));
    expect(plan.deferred).toEqual([]);
  });

  it('breaks a cycle at its nullable key, filled in afterwards', () => {
    const keys = [
      { table: 'CompetitionEntry', columns: ['competitionId'], references: 'Competition', nullable: false },
      { table: 'Competition', columns: ['winnerEntryId'], references: 'CompetitionEntry', nullable: true },
    ];
    expect(loadOrder(['CompetitionEntry', 'Competition'], keys)).toEqual({
      order: ['Competition', 'CompetitionEntry'],
      deferred: [{ table: 'Competition', columns: ['winnerEntryId'] }],
    });
  });

  it('refuses a cycle no key of which may be empty', () => {
    const keys = [
      { table: 'A', columns: ['b'], references: 'B', nullable: false },
      { table: 'B', columns: ['a'], references: 'A', nullable: false },
    ];
    expect(() => loadOrder(['A', 'B'], keys)).toThrow('Tables A, B refer to each other');
  });
});
