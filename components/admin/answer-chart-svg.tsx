'use client';
// The recharts drawing of one question's answers; loaded only in the browser (see answer-chart.tsx),
// because its server HTML would carry inline style attributes that the site's CSP refuses.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

// Horizontal bars, one per answer, so long answer labels stay readable.
export default function AnswerChartSvg({ bars }: { bars: { label: string; count: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height={48 + bars.length * 36}>
      <BarChart
        accessibilityLayer={false}
        data={bars}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={160} />
        <Tooltip />
        <Bar dataKey="count" name="Responses" fill="#0b6e4f" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
