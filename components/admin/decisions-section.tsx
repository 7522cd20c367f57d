// Cookie decisions over time: a stacked chart (drawn in the browser) and the same figures as a
// table, over a range chosen with a GET form that keeps the ledger's other filters.
import { DECISION_SERIES, type DecisionPoint, decisionTotals } from '@/lib/consent/decision-series';
import { formatDate } from '@/lib/format';
import { chartRanges } from '@/lib/validations/consents';
import { DataTable } from './data-table';
import { DecisionsChart } from './decisions-chart';

type Props = { points: DecisionPoint[]; days: number; keep: Record<string, string | undefined> };

const dayLabel = (day: string) => formatDate(new Date(`${day}T12:00:00Z`));

// Totals first (the answer most people want), then the chart, then every day's figures.
export function DecisionsSection({ points, days, keep }: Props) {
  const totals = decisionTotals(points);
  const range = chartRanges.find((r) => r.value === String(days))?.label ?? `Last ${days} days`;
  const busy = points.filter((p) => DECISION_SERIES.some((s) => p[s.key] > 0));
  return (
    <section aria-labelledby="decisions">
      <h2 id="decisions">Cookie decisions</h2>
      <form method="get" className="filters" aria-label="Chart range">
        {Object.entries(keep).map(([name, value]) =>
          value ? <input key={name} type="hidden" name={name} value={value} /> : null,
        )}
        <div className="field">
          <label htmlFor="filter-days">Period</label>
          <select id="filter-days" name="days" defaultValue={String(days)}>
            {chartRanges.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Show
        </button>
      </form>
      <ul className="stat-grid" aria-label={`Totals, ${range.toLowerCase()}`}>
        {DECISION_SERIES.map((s) => (
          <li key={s.key} className="stat">
            <span>{s.label}</span>
            <span className="stat-value" data-testid={`total-${s.key}`}>
              {totals[s.key]}
            </span>
          </li>
        ))}
      </ul>
      <DecisionsChart
        points={points}
        caption={`Cookie decisions per day (UK time), ${range.toLowerCase()}. The figures are in the table below.`}
      />
      <details>
        <summary>Figures for each day with decisions ({busy.length})</summary>
        <DataTable
          caption={`Cookie decisions per day, ${range.toLowerCase()}`}
          columns={['Day', ...DECISION_SERIES.map((s) => s.label)]}
        >
          {busy.map((p) => (
            <tr key={p.day}>
              <th scope="row">{dayLabel(p.day)}</th>
              {DECISION_SERIES.map((s) => (
                <td key={s.key}>{p[s.key]}</td>
              ))}
            </tr>
          ))}
        </DataTable>
      </details>
    </section>
  );
}
