/**
 * The order every store returns its rows in, applied in code so that memory, SQLite and
 * PostgreSQL (whose text collations differ) agree exactly.
 */
import type { IndicatorValue } from '../../src/domain/model';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Indicators and work items: by their `order`, then by id. */
export function byOrderThenId(a: { order: number; id: string }, b: { order: number; id: string }): number {
  return a.order - b.order || compareText(a.id, b.id);
}

export function byId(a: { id: string }, b: { id: string }): number {
  return compareText(a.id, b.id);
}

/** Figures: by indicator id, then period. */
export function byIndicatorThenPeriod(a: IndicatorValue, b: IndicatorValue): number {
  return compareText(a.indicatorId, b.indicatorId) || compareText(a.period, b.period);
}
