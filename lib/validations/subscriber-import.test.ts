import { describe, expect, it } from 'vitest';
import { parseImportList, subscriberImportSchema } from './subscriber-import';

describe('subscriber import lists', () => {
  it('reads addresses with optional name and company, skipping blank lines', () => {
    const { rows, problems } = parseImportList('Ada@Example.com, Ada Lovelace, Engines Ltd\n\n  bob@example.com  \r\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, email: 'ada@example.com', name: 'Ada Lovelace', company: 'Engines Ltd' },
      { line: 3, email: 'bob@example.com', name: null, company: null },
    ]);
  });

  it('reports each bad or repeated line by number, and keeps the good ones', () => {
    const { rows, problems } = parseImportList('not-an-address\nada@example.com\nADA@example.com');
    expect(rows.map((r) => r.email)).toEqual(['ada@example.com']);
    expect(problems).toEqual([
      {
        line: 1,
        text: 'not-an-address',
        problem: 'Enter an email address in the correct format, like name@example.co.uk',
      },
      { line: 3, text: 'ADA@example.com', problem: 'This address is already earlier in the list' },
    ]);
  });

  it('needs the evidence of where they agreed, and refuses an over-long list', () => {
    expect(subscriberImportSchema.safeParse({ list: 'a@example.com', evidence: '' }).error?.issues[0]?.message).toBe(
      'Enter where they agreed',
    );
    const long = Array.from({ length: 2_001 }, (_, i) => `p${i}@example.com`).join('\n');
    expect(
      subscriberImportSchema.safeParse({ list: long, evidence: 'Stand at the Kent energy fair' }).error?.issues[0]
        ?.message,
    ).toMatch(/at most 2,000 lines/);
  });
});
