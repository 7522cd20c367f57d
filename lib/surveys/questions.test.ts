import { describe, expect, it } from 'vitest';
import { parseQuestions, questionsToSource } from './questions';

describe('survey questions as data', () => {
  const source =
    'rating*: How satisfied are you?\nchoice: How did you hear about us? | Search | A friend | Other\n\n  text: Anything else?  ';

  it('parses each kind, with required marks and options, and ids in order', () => {
    const parsed = parseQuestions(source);
    expect(parsed).toEqual({
      ok: true,
      questions: [
        { id: 'q1', kind: 'rating', label: 'How satisfied are you?', required: true, options: [] },
        {
          id: 'q2',
          kind: 'choice',
          label: 'How did you hear about us?',
          required: false,
          options: ['Search', 'A friend', 'Other'],
        },
        { id: 'q3', kind: 'text', label: 'Anything else?', required: false, options: [] },
      ],
    });
    expect(parsed.ok && questionsToSource(parsed.questions)).toBe(
      'rating*: How satisfied are you?\nchoice: How did you hear about us? | Search | A friend | Other\ntext: Anything else?',
    );
  });

  it.each([
    ['', 'Add at least one question'],
    ['scale: How?', 'Line 1 must start with rating:, choice: or text:'],
    ['text: Fine\nchoice: Pick one | Only', 'Line 2: give between 2 and 10 answers'],
    ['rating: Score | 1 | 2', 'Line 1: only choice questions have answers'],
    [Array.from({ length: 21 }, () => 'text: Q').join('\n'), 'up to 20 questions'],
  ])('refuses %j with a message saying what to fix', (text, message) => {
    const parsed = parseQuestions(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(message);
  });
});
