/** What every slide reads: the plan tree, every indicator's evaluation and the as-of view. */
import type { PlanTreeResponse } from '../../api/contract';
import type { EvaluationContext } from '../../domain/evaluation';
import type { Evaluations } from '../../lib/plan/evaluatePlan';

export interface SlideData {
  tree: PlanTreeResponse;
  evaluations: Evaluations;
  context: EvaluationContext;
}

/** How a slide is laid out: live on screen (filling it), or at a fixed size on a printed page. */
export interface SlideLayout {
  /** Chart tick and label size in px. */
  chartFontPx: number;
  /** The chart's fixed size when printing; undefined on screen. */
  chartSize?: { width: number; height: number };
  printing: boolean;
}
