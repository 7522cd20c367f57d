import { describe, expect, it } from 'vitest';
import { describeEventDetail } from './event-detail';

describe('a data request’s history in sentences', () => {
  it('names what a released copy held, leaving out empty kinds', () => {
    const detail = { counts: { enquiries: 2, quotes: 0, consents: 1 }, expiresAt: '2026-12-09T14:00:00.000Z' };
    expect(describeEventDetail('released', detail)).toEqual([
      'The copy held: Quick enquiries: 2; Consent records: 1.',
      'Its link works until 9 December 2026 at 14:00.',
    ]);
  });

  it('says what a correction replaced', () => {
    const detail = {
      name: { before: ['Jon Smyth', 'J Smyth'], after: 'Jon Smith', records: 2 },
      phone: { before: [], after: '01732 654321', records: 1 },
    };
    expect(describeEventDetail('rectified', detail)).toEqual([
      'Name: “Jon Smyth”, “J Smyth” became “Jon Smith” in 2 records.',
      'Phone number: nothing became “01732 654321” in 1 record.',
    ]);
  });

  it('lists what an erasure removed, and says nothing for an empty or erased detail', () => {
    expect(describeEventDetail('erased', { enquiries: 1, emails: 3, requests: 0 })).toEqual([
      'Removed or blanked: Quick enquiries: 1; Emails blanked: 3.',
    ]);
    expect(describeEventDetail('submitted', {})).toEqual([]);
    expect(describeEventDetail('released', { erased: true })).toEqual([]);
  });
});
