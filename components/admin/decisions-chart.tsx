'use client';
// The chart of cookie decisions, drawn in the browser only. The same figures are always in the
// table beside it, for screen readers and for anyone without JavaScript.
import dynamic from 'next/dynamic';
import type { DecisionPoint } from '@/lib/consent/decision-series';

const Svg = dynamic(() => import('./decisions-chart-svg'), {
  ssr: false,
  loading: () => <p className="hint">Drawing the chart…</p>,
});

// A figure whose picture is decorative for assistive technology: the table holds the figures.
export function DecisionsChart({ points, caption }: { points: DecisionPoint[]; caption: string }) {
  return (
    <figure className="chart" data-testid="decisions-chart">
      <div aria-hidden="true" className="chart-drawing">
        <Svg points={points} />
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
