'use client';
// One survey question's answers as a chart, drawn in the browser only. The same figures are always
// in the table beside it, for screen readers and for anyone without JavaScript.
import dynamic from 'next/dynamic';

const Svg = dynamic(() => import('./answer-chart-svg'), {
  ssr: false,
  loading: () => <p className="hint">Drawing the chart…</p>,
});

// Decorative for assistive technology: the table holds the figures.
export function AnswerChart({ bars, caption }: { bars: { label: string; count: number }[]; caption: string }) {
  return (
    <figure className="chart" data-testid="answer-chart">
      <div aria-hidden="true" className="chart-drawing">
        <Svg bars={bars} />
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
