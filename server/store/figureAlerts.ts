/**
 * The alerts a save of figures raises (src/domain/alerts/alertRules.ts `statusChangeAlert`), for
 * the stores to raise in the save's own transaction. Browser-safe.
 */
import { statusChangeAlert, type AlertInput } from '../../src/domain/alerts/alertRules';
import type { Indicator, IndicatorValue } from '../../src/domain/model';

/** An indicator with its plan's year and every current figure, the saved ones included. */
export interface FigureContext {
  indicator: Indicator;
  year: number;
  figures: readonly IndicatorValue[];
}

/** One saved figure and the one it replaced (null: none stored before). */
export interface SavedFigure {
  previous: IndicatorValue | null;
  next: IndicatorValue;
}

export function figureWriteAlerts(
  saved: readonly SavedFigure[],
  contextOf: (indicatorId: string) => FigureContext | undefined,
): AlertInput[] {
  const alerts: AlertInput[] = [];
  for (const { previous, next } of saved) {
    const context = contextOf(next.indicatorId);
    if (!context) continue;
    const others = context.figures.filter((figure) => figure.period !== next.period);
    const alert = statusChangeAlert({
      indicator: context.indicator,
      year: context.year,
      period: next.period,
      before: previous ? [...others, previous] : others,
      after: [...others, next],
    });
    if (alert) alerts.push(alert);
  }
  return alerts;
}
