/** Conversion between an IndicatorValue and its row in indicator_values / value_revisions. */
import { indicatorValueSchema, type IndicatorValue } from '../../../src/domain/model';
import { canonicalInstant } from '../instant';
import type { FigureColumns } from './tables';

export function figureRow(value: IndicatorValue): FigureColumns {
  return {
    indicator_id: value.indicatorId,
    period: value.period,
    value: value.value,
    judgement: value.judgement,
    achieved_on: value.achievedOn,
    note: value.note,
    source: value.source,
    is_demo: value.isDemo ? 1 : 0,
    recorded_by: value.recordedBy,
    recorded_at: canonicalInstant(value.recordedAt),
    version: value.version,
  };
}

export function figureFromRow(row: FigureColumns): IndicatorValue {
  return indicatorValueSchema.parse({
    indicatorId: row.indicator_id,
    period: row.period,
    value: row.value,
    judgement: row.judgement,
    achievedOn: row.achieved_on,
    note: row.note,
    source: row.source,
    isDemo: row.is_demo === 1,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    version: row.version,
  });
}
