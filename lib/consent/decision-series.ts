// Cookie decisions per day for the back office's chart: every day in the range gets a point, with
// zeros where nobody decided anything, so the chart's time axis is even.
export const DECISION_SERIES = [
  { key: 'accept', label: 'Accepted' },
  { key: 'reject', label: 'Rejected' },
  { key: 'custom', label: 'Own settings' },
  { key: 'gpc', label: 'Global Privacy Control' },
  { key: 'withdraw', label: 'Withdrew' },
] as const;

export type DecisionKey = (typeof DECISION_SERIES)[number]['key'];
export type DecisionCount = { day: string; action: string; count: number };
export type DecisionPoint = { day: string } & Record<DecisionKey, number>;

const DAY_MS = 24 * 60 * 60 * 1000;
const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The calendar day (YYYY-MM-DD) in the UK at a moment: the day the chart's last point stands for.
export function ukDay(at: Date): string {
  return londonDay.format(at);
}

// The `days` calendar days ending on `lastDay`, oldest first.
export function dayRange(lastDay: string, days: number): string[] {
  const end = Date.parse(`${lastDay}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(end - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

// Spreads grouped counts over the range; counts outside it, or for other actions, are ignored.
export function decisionSeries(counts: readonly DecisionCount[], lastDay: string, days: number): DecisionPoint[] {
  const points = new Map(
    dayRange(lastDay, days).map((day) => [day, { day, accept: 0, reject: 0, custom: 0, gpc: 0, withdraw: 0 }]),
  );
  for (const { day, action, count } of counts) {
    const point = points.get(day);
    if (point && DECISION_SERIES.some((s) => s.key === action)) point[action as DecisionKey] += count;
  }
  return [...points.values()];
}

// Totals per decision over the whole range, for the summary beside the chart.
export function decisionTotals(points: readonly DecisionPoint[]): Record<DecisionKey, number> {
  const totals = { accept: 0, reject: 0, custom: 0, gpc: 0, withdraw: 0 };
  for (const p of points) for (const s of DECISION_SERIES) totals[s.key] += p[s.key];
  return totals;
}
