/**
 * Which targets are behind, and how many stand at each status: the first thing the overview
 * answers. "Behind" (滞后) counts the targets missed after their deadline (未完成) too, since a
 * missed target is behind for good.
 */
import type { Status } from '../../domain/evaluation';
import type { Indicator } from '../../domain/model';
import type { Evaluations } from '../../lib/plan/evaluatePlan';

/** The statuses the summary line counts, the most pressing first. */
export const summaryStatuses = [
  'behind',
  'needsAttention',
  'notReported',
  'awaitingYearEnd',
  'awaitingReference',
  'onSchedule',
  'ahead',
  'met',
] as const satisfies readonly Exclude<Status, 'missed'>[];
export type SummaryStatus = (typeof summaryStatuses)[number];

export interface StatusSummary {
  total: number;
  counts: { status: SummaryStatus; count: number }[];
  /** Of the behind ones, how many were missed after their deadline. */
  missed: number;
}

/** The indicators counted: those in force that the engine has evaluated. */
function counted(indicators: readonly Indicator[], evaluations: Evaluations): Indicator[] {
  return indicators.filter((indicator) => !indicator.retired && evaluations.has(indicator.id));
}

export function summarizeStatuses(indicators: readonly Indicator[], evaluations: Evaluations): StatusSummary {
  const byStatus = new Map<Status, number>();
  const shown = counted(indicators, evaluations);
  for (const indicator of shown) {
    const status = evaluations.get(indicator.id)!.status;
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  const missed = byStatus.get('missed') ?? 0;
  const counts = summaryStatuses.flatMap((status) => {
    const count = (byStatus.get(status) ?? 0) + (status === 'behind' ? missed : 0);
    return count > 0 ? [{ status, count }] : [];
  });
  return { total: shown.length, counts, missed };
}

/** How pressing a status is in the list of targets to look at; others are left out. */
const urgency: Partial<Record<Status, number>> = { missed: 0, behind: 1, needsAttention: 2 };

/**
 * The targets to look at first: missed, then behind, then those that need attention; main
 * targets before others of the same status, then in the plan's order.
 */
export function targetsToLookAt(indicators: readonly Indicator[], evaluations: Evaluations): Indicator[] {
  const rank = (indicator: Indicator) => urgency[evaluations.get(indicator.id)!.status] ?? Infinity;
  return counted(indicators, evaluations)
    .filter((indicator) => rank(indicator) !== Infinity)
    .sort(
      (a, b) => rank(a) - rank(b) || Number(b.isMainTarget) - Number(a.isMainTarget) || a.order - b.order,
    );
}

/**
 * Why a target is behind, as its latest figure's reporter gave it, or null when none is given.
 * Figures carry a `reason` once reporters are asked for one; until then nothing is shown.
 */
export function reasonOf(record: object | undefined): string | null {
  if (!record || !('reason' in record)) return null;
  const reason = record.reason;
  return typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : null;
}
