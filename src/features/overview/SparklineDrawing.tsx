/**
 * The sparkline's line itself, as a plain SVG polyline: a few points need no chart library, and
 * the overview's first load stays free of one. The latest figure is marked with a dot, so a
 * single figure (GDP after the first quarter) still shows. Colour comes from the card's status.
 */
import type { Observation } from '../../domain/asOf';
import { sparklineSize } from './sparklineSize';

const margin = 4;

/** The polyline's points, scaled so the lowest and highest figures touch the box's margins. */
export function sparklinePoints(observations: readonly Observation[]): string {
  const { width, height } = sparklineSize;
  const values = observations.map((observation) => observation.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low;
  const stepX = observations.length > 1 ? (width - 2 * margin) / (observations.length - 1) : 0;
  return values
    .map((value, index) => {
      const x = observations.length > 1 ? margin + index * stepX : width / 2;
      const y = span === 0 ? height / 2 : margin + ((high - value) / span) * (height - 2 * margin);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

export function SparklineDrawing({ observations }: { observations: readonly Observation[] }) {
  const { width, height } = sparklineSize;
  const points = sparklinePoints(observations);
  const [x, y] = (points.split(' ').at(-1) ?? '').split(',').map(Number);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} focusable="false">
      {x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y) ? (
        <circle cx={x} cy={y} r={3.5} fill="currentColor" />
      ) : null}
      <polyline
        points={points}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
