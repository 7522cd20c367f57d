// Survey questions as data. Staff write them one per line:
//   rating*: How satisfied are you with our service?
//   choice: How did you hear about us? | A search engine | A friend or colleague | Other
//   text: Is there anything else you would like to tell us?
// "rating" is 1 to 5, "choice" one of the options after the bars, "text" free text; a "*" after the
// kind makes the question required. Questions get ids q1, q2, … in order.
export type QuestionKind = 'rating' | 'choice' | 'text';
export type Question = { id: string; kind: QuestionKind; label: string; required: boolean; options: string[] };

export const MAX_QUESTIONS = 20;
const LINE = /^(rating|choice|text)(\*)?\s*:\s*(.+)$/i;

// The questions in the text, or the first problem found (with its line number).
export function parseQuestions(source: string): { ok: true; questions: Question[] } | { ok: false; error: string } {
  const lines = source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return { ok: false, error: 'Add at least one question' };
  if (lines.length > MAX_QUESTIONS) return { ok: false, error: `A survey can have up to ${MAX_QUESTIONS} questions` };
  const questions: Question[] = [];
  for (const [i, line] of lines.entries()) {
    const match = LINE.exec(line);
    if (!match) return { ok: false, error: `Line ${i + 1} must start with rating:, choice: or text:` };
    const kind = match[1]!.toLowerCase() as QuestionKind;
    const [label = '', ...options] = match[3]!.split('|').map((p) => p.trim());
    if (!label || label.length > 200)
      return { ok: false, error: `Line ${i + 1}: the question must be 1 to 200 characters` };
    if (kind === 'choice' && (options.length < 2 || options.length > 10 || options.some((o) => !o || o.length > 100))) {
      return { ok: false, error: `Line ${i + 1}: give between 2 and 10 answers after the question, each after a |` };
    }
    if (kind !== 'choice' && options.length)
      return { ok: false, error: `Line ${i + 1}: only choice questions have answers after a |` };
    questions.push({ id: `q${i + 1}`, kind, label, required: Boolean(match[2]), options });
  }
  return { ok: true, questions };
}

// The text that parses back to these questions, for editing a draft.
export function questionsToSource(questions: Question[]): string {
  return questions.map((q) => `${q.kind}${q.required ? '*' : ''}: ${[q.label, ...q.options].join(' | ')}`).join('\n');
}
