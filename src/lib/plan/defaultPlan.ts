/**
 * Which plan `/` opens: the one last chosen on this browser while it exists; else the plan of the
 * current year; else the latest. Archived plans come only when nothing else is left.
 */
import type { PlanSummary } from '../../domain/model';

function latestFirst(a: PlanSummary, b: PlanSummary): number {
  return Number(a.archived) - Number(b.archived) || b.year - a.year;
}

export function defaultPlan(
  plans: readonly PlanSummary[],
  rememberedId: string | null,
  currentYear: number,
): PlanSummary | undefined {
  const remembered = plans.find((plan) => plan.id === rememberedId);
  if (remembered) return remembered;
  const ordered = [...plans].sort(latestFirst);
  return ordered.find((plan) => plan.year === currentYear && !plan.archived) ?? ordered[0];
}
