/** The sparkline's line itself (recharts), in its own chunk. Colour comes from the card's status. */
import { Line, LineChart, YAxis } from 'recharts';
import type { Observation } from '../../domain/asOf';
import { sparklineSize } from './sparklineSize';

export default function SparklineDrawing({ observations }: { observations: readonly Observation[] }) {
  return (
    <LineChart
      {...sparklineSize}
      accessibilityLayer={false}
      data={[...observations]}
      margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
    >
      <YAxis hide domain={['dataMin', 'dataMax']} />
      <Line
        type="monotone"
        dataKey="value"
        stroke="currentColor"
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
