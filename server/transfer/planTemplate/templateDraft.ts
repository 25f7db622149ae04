/**
 * What a checked template holds: the plan it describes, with the file's own ids, ready for the
 * store to give new ids and write (server/store/plans/planImport.ts). Browser-safe.
 */
import type { BenchmarkSeries, Bilingual, Indicator, Plan, WorkItem } from '../../../src/domain/model';

/** The plan id a draft's documents carry until the import gives the plan its own. */
export const draftPlanId = 'plan-template';

export interface PlanDraft {
  plan: Plan;
  indicators: Indicator[];
  workItems: WorkItem[];
  benchmarks: BenchmarkSeries[];
  /** The departments the file lists (the organisation's, created when missing). */
  departments: Bilingual[];
}
