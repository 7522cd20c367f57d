import { describe, expect, it } from 'vitest';
import { teamRecipientsSchema } from './staff';

const parse = (recipients: string) => teamRecipientsSchema.safeParse({ recipients });

describe('who on the team is told', () => {
  it('reads addresses split by commas, semicolons or lines, once each, in lower case', () => {
    expect(parse(' Sales@Lumina.test,\nops@lumina.test; sales@lumina.test ').data).toEqual({
      recipients: ['sales@lumina.test', 'ops@lumina.test'],
    });
    expect(parse('').data).toEqual({ recipients: [] });
  });

  it('names the first entry that is not an address, and caps the list', () => {
    expect(parse('ops@lumina.test, nobody').error?.issues[0]?.message).toBe('“nobody” is not an email address');
    expect(parse(Array.from({ length: 11 }, (_, i) => `a${i}@lumina.test`).join(',')).error?.issues[0]?.message).toBe(
      'Give at most 10 addresses',
    );
  });
});
