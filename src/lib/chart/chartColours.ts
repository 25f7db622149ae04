/**
 * Line colours of the indicator chart. Each has at least 3:1 contrast against the white page, and
 * no series relies on colour alone: the projection is dashed, the target is a step line, the
 * schedule is thin, and every series is named in the legend and listed in the table.
 */
export const chartColours = {
  actual: '#1d4ed8',
  projection: '#1d4ed8',
  target: '#374151',
  schedule: '#b45309',
  thresholdMarker: '#111827',
  grid: '#d1d5db',
  axis: '#374151',
} as const;

/** The dash pattern that marks a projection (预测) wherever it is drawn. */
export const projectionDash = '8 5';
