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
    review_state: value.review?.state ?? null,
    review_comment: value.review?.comment ?? null,
    review_changed_by: value.review?.changedBy ?? null,
    review_changed_at: value.review ? canonicalInstant(value.review.changedAt) : null,
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
    // A figure saved while review was off has no state at all, as figures had before review.
    ...(row.review_state === null
      ? {}
      : {
          review: {
            state: row.review_state,
            comment: row.review_comment,
            changedBy: row.review_changed_by ?? '',
            changedAt: row.review_changed_at ?? row.recorded_at,
          },
        }),
  });
}
