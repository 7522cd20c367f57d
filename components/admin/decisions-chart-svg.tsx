'use client';
// The recharts drawing itself; loaded only in the browser (see decisions-chart.tsx), because its
// server HTML would carry inline style attributes that the site's CSP refuses.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DECISION_SERIES, type DecisionPoint } from '@/lib/consent/decision-series';

// Colour per decision, distinguishable in greyscale and for the commonest colour blindness.
const COLOURS: Record<string, string> = {
  accept: '#1b7f5a',
  reject: '#b3261e',
  custom: '#5b4db7',
  gpc: '#0b5cad',
  withdraw: '#8a5a00',
};

const shortDay = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

// Stacked bars of decisions per day.
export default function DecisionsChartSvg({ points }: { points: DecisionPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tickFormatter={shortDay} minTickGap={16} />
        <YAxis allowDecimals={false} />
        <Tooltip labelFormatter={(day: unknown) => shortDay(typeof day === 'string' ? day : '')} />
        <Legend />
        {DECISION_SERIES.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="decisions"
            fill={COLOURS[s.key]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
