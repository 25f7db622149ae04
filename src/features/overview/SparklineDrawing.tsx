/**
 * The sparkline's line itself, as a plain SVG polyline: a few points need no chart library, and
 * the overview's first load stays free of one. The latest figure is marked with a dot, so a
 * single figure (GDP after the first quarter) still shows. Colour comes from the card's status.
 */
import type { Observation } from '../../domain/asOf';
import { sparklineSize } from './sparklineSize';

const margin = 4;

/** Where each figure goes, scaled so the lowest and highest figures touch the box's margins. */
function sparklineCoordinates(observations: readonly Observation[]): [x: number, y: number][] {
  const { width, height } = sparklineSize;
  const values = observations.map((observation) => observation.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low;
  const stepX = observations.length > 1 ? (width - 2 * margin) / (observations.length - 1) : 0;
  return values.map((value, index) => [
    observations.length > 1 ? margin + index * stepX : width / 2,
    span === 0 ? height / 2 : margin + ((high - value) / span) * (height - 2 * margin),
  ]);
}

const pointsText = (coordinates: [number, number][]) =>
  coordinates.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/** The polyline's points. */
export function sparklinePoints(observations: readonly Observation[]): string {
  return pointsText(sparklineCoordinates(observations));
}

export function SparklineDrawing({ observations }: { observations: readonly Observation[] }) {
  const { width, height } = sparklineSize;
  const coordinates = sparklineCoordinates(observations);
  const latest = coordinates.at(-1);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} focusable="false">
      {latest ? <circle cx={latest[0]} cy={latest[1]} r={3.5} fill="currentColor" /> : null}
      <polyline
        points={pointsText(coordinates)}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
