// A survey's results: for rating and choice questions a chart and a table of counts (with the
// average rating); for free text the number answered and the latest answers.
import type { QuestionResult } from '@/lib/data/have-your-say/survey-results';
import { formatDateTime } from '@/lib/format';
import { AnswerChart } from './answer-chart';

const percent = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)}%` : '—');

// One section per question, in the survey's order.
export function SurveyResults({ results }: { results: QuestionResult[] }) {
  return results.map((r, i) => (
    <section key={r.question.id} aria-labelledby={`result-${r.question.id}`} className="stack">
      <h3 id={`result-${r.question.id}`}>
        {i + 1}. {r.question.label}
      </h3>
      {r.kind === 'counts' ? (
        <>
          <p>
            {r.answered} answered{r.average !== null ? `; average rating ${r.average.toFixed(1)} out of 5` : ''}.
          </p>
          {r.answered ? <AnswerChart bars={r.bars} caption={`Answers to “${r.question.label}”`} /> : null}
          <table className="data-table">
            <caption className="visually-hidden">Answers to “{r.question.label}”</caption>
            <thead>
              <tr>
                <th scope="col">{r.question.kind === 'rating' ? 'Rating' : 'Answer'}</th>
                <th scope="col">Responses</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {r.bars.map((b) => (
                <tr key={b.label}>
                  <th scope="row">{b.label}</th>
                  <td>{b.count}</td>
                  <td>{percent(b.count, r.answered)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <>
          <p>{r.answered} answered. The latest:</p>
          {r.latest.length ? (
            <ul>
              {r.latest.map((a, j) => (
                <li key={j}>
                  <span className="prewrap">{a.text}</span> <small>({formatDateTime(new Date(a.at))})</small>
                </li>
              ))}
            </ul>
          ) : (
            <p>No answers yet.</p>
          )}
        </>
      )}
    </section>
  ));
}
