import { describe, expect, it } from 'vitest';
import { issueFormToken, judgeSubmission, readFormToken } from './form-token';

const secret = 'test-secret-0123456789';

describe('form token', () => {
  it('carries a submission key and the render time, and reads back only with the right secret', () => {
    const token = issueFormToken(secret, 1_800_000_000_000);
    expect(readFormToken(secret, token)).toEqual({
      submissionKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      renderedAt: 1_800_000_000_000,
    });
    expect(readFormToken('another-secret-0123456', token)).toBeNull();
    expect(issueFormToken(secret)).not.toBe(issueFormToken(secret));
  });

  it('refuses a token whose time was changed', () => {
    const token = issueFormToken(secret, 1_800_000_000_000);
    expect(readFormToken(secret, token.replace('.1800000000000.', '.1700000000000.'))).toBeNull();
    expect(readFormToken(secret, 'garbage')).toBeNull();
  });

  it('judges honeypot, forged, too-fast and day-old submissions as spam, and a person as a person', () => {
    const shown = 1_800_000_000_000;
    const formToken = issueFormToken(secret, shown);
    const judge = (fields: { formToken: string; website: string }, now: number) =>
      judgeSubmission(secret, fields, 3_000, now);
    expect(judge({ formToken, website: 'http://spam' }, shown + 10_000)).toEqual({ spam: true, reason: 'honeypot' });
    expect(judge({ formToken: 'x', website: '' }, shown + 10_000)).toEqual({ spam: true, reason: 'bad-token' });
    expect(judge({ formToken, website: '' }, shown + 2_999)).toEqual({ spam: true, reason: 'too-fast' });
    expect(judge({ formToken, website: '' }, shown + 25 * 3_600_000)).toEqual({ spam: true, reason: 'stale' });
    expect(judge({ formToken, website: '' }, shown + 3_000)).toMatchObject({
      spam: false,
      token: { renderedAt: shown },
    });
  });
});
