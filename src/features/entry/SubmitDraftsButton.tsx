/**
 * 报送 on the grid: submits, in one request, every figure of the grid's rows that is a draft or
 * was sent back (POST /api/plans/:planId/figure-reviews). Unsaved changes must be saved as drafts
 * first; the button says so instead of submitting what the office would not see.
 */
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { mayTakeAction } from '../../domain/figureReview';
import { useReviewFigures } from '../../lib/api/figure-reviews';
import type { GridRow } from './gridModel';

interface SubmitDraftsButtonProps {
  planId: string;
  rows: readonly GridRow[];
  /** Cells changed and not yet saved. */
  unsaved: boolean;
  /** Another request of the grid is running. */
  busy: boolean;
  onNotice: (notice: { kind: 'status' | 'alert'; text: string }) => void;
}

export function SubmitDraftsButton({ planId, rows, unsaved, busy, onNotice }: SubmitDraftsButtonProps) {
  const { t } = useTranslation('entry');
  const { t: tc } = useTranslation();
  const review = useReviewFigures(planId);
  const drafts = rows.flatMap(({ indicator, current }) =>
    current && mayTakeAction('submit', current.review?.state ?? null)
      ? [{ indicatorId: indicator.id, period: current.period, expectedVersion: current.version }]
      : [],
  );

  function submitDrafts() {
    if (unsaved) {
      onNotice({ kind: 'alert', text: t('grid.saveFirst') });
      return;
    }
    if (drafts.length === 0) {
      onNotice({ kind: 'status', text: t('grid.noDrafts') });
      return;
    }
    review.mutate(
      { action: 'submit', figures: drafts },
      {
        onSuccess: ({ changed }) =>
          onNotice({ kind: 'status', text: t('grid.submitted', { count: changed.length }) }),
        onError: (error) => onNotice({ kind: 'alert', text: tc(errorMessageKey(error)) }),
      },
    );
  }

  return (
    <button
      type="button"
      className="button button--primary"
      disabled={busy || review.isPending}
      onClick={submitDrafts}
    >
      {review.isPending ? t('grid.submitting') : t('grid.submitDrafts', { count: drafts.length })}
    </button>
  );
}
