/**
 * Line colours on a projector: the indicator page's colours, each at least 4.5:1 against white,
 * and the projection dashed so that it is never told from the actual by colour alone.
 */
import { chartColours } from '../../lib/chart/chartColours';

export const slideChartColours = {
  ...chartColours,
  grid: '#c4c9d1',
  axis: '#1f2937',
} as const;

export const slideProjectionDash = '14 9';
