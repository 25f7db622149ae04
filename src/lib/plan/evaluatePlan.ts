/** The plan's evaluations, as the overview, the brief and the presentation read them (`domain/planEvaluation.ts`). */
export { evaluatePlan, planContext, valuesByIndicator, type Evaluations } from '../../domain/planEvaluation';
