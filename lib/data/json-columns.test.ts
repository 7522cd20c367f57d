import { describe, expect, it } from 'vitest';
import { answersColumn, correctionsColumn, dataCopyColumn, emailHeadersColumn, questionsColumn } from './json-columns';

describe('JSON columns, read through their schemas', () => {
  it('passes what the code writes, unchanged', () => {
    const copy = {
      reference: 'PRV-ABC123',
      generatedAt: '2026-12-03T09:00:00.000Z',
      email: 'a@example.com',
      sections: [
        {
          key: 'surveys',
          title: 'Survey responses',
          about: 'Answers.',
          records: [{ reference: 'SRV-1', answers: [{ question: 'How was it?', answer: 5 }], optIn: false }],
        },
      ],
    };
    expect(dataCopyColumn.parse(copy)).toEqual(copy);
    const question = { id: 'q1', kind: 'choice', label: 'Which?', required: true, options: ['A', 'B'] };
    expect(questionsColumn.parse([question])).toEqual([question]);
    expect(answersColumn.parse({ q1: 1, q2: 'text', q3: null })).toEqual({ q1: 1, q2: 'text', q3: null });
    expect(correctionsColumn.parse({ name: 'Jon Smyth' })).toEqual({ name: 'Jon Smyth' });
    expect(emailHeadersColumn.parse({ 'List-Unsubscribe': '<https://x>' })).toEqual({
      'List-Unsubscribe': '<https://x>',
    });
  });

  it('refuses a stored value of another shape instead of passing it on', () => {
    expect(() =>
      questionsColumn.parse([{ id: 'q1', kind: 'slider', label: 'x', required: true, options: [] }]),
    ).toThrow();
    expect(() => answersColumn.parse({ q1: { nested: true } })).toThrow();
    expect(() => emailHeadersColumn.parse({ 'X-Count': 3 })).toThrow();
    expect(() => correctionsColumn.parse({ name: 7 })).toThrow();
    expect(() => dataCopyColumn.parse({ reference: 'PRV-1', email: 'a@example.com', sections: [] })).toThrow();
  });
});
