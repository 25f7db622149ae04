/**
 * What a meeting snapshot records of each indicator (its standing: status, actual, schedule, gap)
 * and how the plan has moved since: then vs now, ordered on the status scale, with the figures
 * recorded after the snapshot was taken.
 *
 * The status scale, worst to best: 未完成 missed, 滞后 behind, 未报送 not reported, 需关注 needs
 * attention, 符合序时进度 on schedule, 超前 ahead, 已完成 met. Not reported sits below needs
 * attention: a figure nobody has reported tells a meeting less than one that is a little behind.
 * 待对标数据 and 待年终数据 sit just above it: the figure is in, the verdict waits on another.
 *
 * The comparison rule: a status that now waits on a figure (待年终数据 once the year is over without
 * its year-end figure, 待对标数据 without the yardstick's figure) is no verdict, so a move into it is
 * neither a rise nor a drop: it reads 年度已结束，待年终数据 (or 待对标数据), `awaitingVerdict`, with
 * the status then beside it. Otherwise then and now are ordered on the scale: higher is improved,
 * lower is slipped, the same is unchanged. A verdict arriving after a wait (待年终数据 → 已完成 or
 * 未完成) is ordered on the scale like any other move.
 */
import type { PlanTreeResponse } from '../../src/api/contract';
import type {
  IndicatorComparison,
  Snapshot,
  SnapshotComparison,
  Standing,
  StatusChange,
} from '../../src/api/presentContract';
import { defaultAsOfPeriod } from '../../src/domain/asOf';
import type { Evaluation, Status } from '../../src/domain/evaluation';
import type { Indicator, Period } from '../../src/domain/model';
import { todayInChina } from '../../src/domain/period';
import { evaluatePlan, valuesByIndicator } from '../../src/domain/planEvaluation';

export const statusScale: readonly Status[] = [
  'missed',
  'behind',
  'notReported',
  'awaitingReference',
  'awaitingYearEnd',
  'needsAttention',
  'onSchedule',
  'ahead',
  'met',
];

const awaitingStatuses: readonly Status[] = ['awaitingYearEnd', 'awaitingReference'];

export function statusChange(then: Status, now: Status): StatusChange {
  if (then !== now && awaitingStatuses.includes(now)) return 'awaitingVerdict';
  const difference = statusScale.indexOf(now) - statusScale.indexOf(then);
  return difference > 0 ? 'improved' : difference < 0 ? 'slipped' : 'unchanged';
}

/** The month a tree is evaluated at when none is asked for: the latest with figures, not after today. */
export function defaultPeriodOf(tree: PlanTreeResponse, now: Date): Period {
  return defaultAsOfPeriod(tree.values, tree.plan.year, todayInChina(now));
}

function standingOf(evaluation: Evaluation): Standing {
  return {
    status: evaluation.status,
    judged: evaluation.judged,
    actual: evaluation.actual,
    actualPeriod: evaluation.actualPeriod,
    expected: evaluation.expected,
    gapAbsolute: evaluation.gap?.absolute ?? null,
  };
}

/** Each indicator's standing at `asOfPeriod`, by indicator id. */
export function standingsOf(tree: PlanTreeResponse, asOfPeriod: Period): Record<string, Standing> {
  const evaluations = evaluatePlan(
    tree.indicators,
    tree.values,
    { year: tree.plan.year, asOfPeriod },
    tree.benchmarks,
  );
  return Object.fromEntries(
    tree.indicators.flatMap((indicator) => {
      const evaluation = evaluations.get(indicator.id);
      return evaluation ? [[indicator.id, standingOf(evaluation)]] : [];
    }),
  );
}

/** The main targets first, then each campaign action's indicators in the action's order. */
function inPlanOrder(tree: PlanTreeResponse): Indicator[] {
  const actionOrder = new Map(tree.plan.actions.map((action) => [action.id, action.order]));
  const groupOf = (indicator: Indicator) =>
    indicator.actionId === null ? 0 : (actionOrder.get(indicator.actionId) ?? Number.MAX_SAFE_INTEGER);
  return [...tree.indicators].sort((a, b) => groupOf(a) - groupOf(b) || a.order - b.order);
}

/** Every indicator of the plan now, in plan order: its standing then and now, and the figures since. */
export function compareSnapshot(
  snapshot: Snapshot,
  nowTree: PlanTreeResponse,
  now: Date,
): SnapshotComparison {
  const nowAsOfPeriod = defaultPeriodOf(nowTree, now);
  const nowStandings = standingsOf(nowTree, nowAsOfPeriod);
  const takenAt = Date.parse(snapshot.takenAt);
  const since = valuesByIndicator(nowTree.values.filter((value) => Date.parse(value.recordedAt) > takenAt));
  const indicators = inPlanOrder(nowTree).flatMap((indicator): IndicatorComparison[] => {
    const nowStanding = nowStandings[indicator.id];
    if (!nowStanding) return [];
    const then = snapshot.standings[indicator.id] ?? null;
    return [
      {
        indicatorId: indicator.id,
        then,
        now: nowStanding,
        change: then ? statusChange(then.status, nowStanding.status) : 'unchanged',
        figuresSince: (since.get(indicator.id) ?? []).map((value) => ({
          period: value.period,
          value: value.value,
          judgement: value.judgement,
          recordedBy: value.recordedBy,
          recordedAt: value.recordedAt,
        })),
      },
    ];
  });
  const { tree: _tree, standings: _standings, ...summary } = snapshot;
  return { snapshot: summary, nowAsOfPeriod, comparedAt: now.toISOString(), indicators };
}
