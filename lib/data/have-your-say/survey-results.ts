// A survey's results: per question, how many chose each rating or answer (counted in the database,
// however many responses there are), and the latest free-text answers; plus the CSV rows.
import { getDb } from '../../db/client';
import type { Question } from '../../surveys/questions';
import { answersColumn } from '../json-columns';

export type QuestionResult =
  | {
      question: Question;
      kind: 'counts';
      answered: number;
      bars: { label: string; count: number }[];
      average: number | null;
    }
  | { question: Question; kind: 'text'; answered: number; latest: { text: string; at: Date }[] };

// Every question's summary, in order.
export async function surveyResults(
  surveyId: string,
  questions: Question[],
): Promise<{ responses: number; results: QuestionResult[] }> {
  const db = await getDb();
  const responses = await db.surveyResponse.count({ where: { surveyId } });
  const results: QuestionResult[] = [];
  for (const q of questions) {
    if (q.kind === 'text') {
      const latest = await db.$queryRaw<{ text: string; at: Date }[]>`
        SELECT "answers"->>${q.id} AS "text", "createdAt" AS "at" FROM "SurveyResponse"
        WHERE "surveyId" = ${surveyId}::uuid AND coalesce("answers"->>${q.id}, '') <> '' ORDER BY "createdAt" DESC LIMIT 20`;
      const [row] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS "n" FROM "SurveyResponse" WHERE "surveyId" = ${surveyId}::uuid AND coalesce("answers"->>${q.id}, '') <> ''`;
      results.push({ question: q, kind: 'text', answered: row?.n ?? 0, latest });
      continue;
    }
    const counts = await db.$queryRaw<{ value: string; n: number }[]>`
      SELECT "answers"->>${q.id} AS "value", count(*)::int AS "n" FROM "SurveyResponse"
      WHERE "surveyId" = ${surveyId}::uuid AND "answers"->>${q.id} IS NOT NULL GROUP BY 1`;
    const byValue = new Map(counts.map((c) => [c.value, c.n]));
    const labels = q.kind === 'rating' ? ['1', '2', '3', '4', '5'] : q.options;
    const bars = labels.map((label, i) => ({
      label,
      count: byValue.get(q.kind === 'rating' ? label : String(i)) ?? 0,
    }));
    const answered = bars.reduce((n, b) => n + b.count, 0);
    const average =
      q.kind === 'rating' && answered ? bars.reduce((sum, b, i) => sum + (i + 1) * b.count, 0) / answered : null;
    results.push({ question: q, kind: 'counts', answered, bars, average });
  }
  return { responses, results };
}

// All responses as spreadsheet rows (header first): answers as people read them, not as stored.
export async function* surveyCsvRows(surveyId: string, questions: Question[], batch = 500) {
  const db = await getDb();
  yield ['reference', 'submitted_at', 'email', ...questions.map((q) => q.label)];
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.surveyResponse.findMany({
      where: { surveyId },
      orderBy: { id: 'asc' },
      take: batch,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (!rows.length) return;
    for (const r of rows) {
      const answers = answersColumn.parse(r.answers ?? {});
      const shown = questions.map((q) => {
        const v = answers[q.id];
        if (v === null || v === undefined) return '';
        return q.kind === 'choice' ? (q.options[Number(v)] ?? '') : String(v);
      });
      yield [r.reference, r.createdAt.toISOString(), r.email ?? '', ...shown];
    }
    cursor = rows.at(-1)!.id;
  }
}
