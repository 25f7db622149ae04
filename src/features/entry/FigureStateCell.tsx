/**
 * A grid row's place in the office's review, in words: 草稿, 已报送, 已退回 (with the reviewer's
 * comment, readable in the cell) or 已审核. A row with no figure, or one saved while review was
 * off, shows a dash.
 */
import { useTranslation } from 'react-i18next';
import type { IndicatorValue } from '../../domain/model';

export function FigureStateCell({ figure }: { figure: IndicatorValue | null }) {
  const { t } = useTranslation('entry');
  const { t: tc } = useTranslation();
  const review = figure?.review ?? null;
  if (!review) return <td className="entry-grid__state">{tc('blank')}</td>;
  return (
    <td className={`entry-grid__state entry-grid__state--${review.state}`}>
      <span className="entry-grid__state-word">{tc(`figureReview.states.${review.state}`)}</span>
      {review.state === 'returned' && review.comment ? (
        <span className="entry-grid__state-comment">
          {t('review.comment', { who: review.changedBy, comment: review.comment })}
        </span>
      ) : null}
    </td>
  );
}
