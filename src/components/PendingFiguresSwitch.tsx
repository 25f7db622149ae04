/**
 * The switch of an official view between reviewed figures only and those waiting for review too
 * (marked 待审核). Shown only for plans whose figures are reviewed.
 */
import { useTranslation } from 'react-i18next';
import { useFigureViewParam, useSetPendingShown } from '../lib/figureViewParam';

export function PendingFiguresSwitch({ reviewFigures }: { reviewFigures: boolean | undefined }) {
  const { t } = useTranslation('common', { keyPrefix: 'figureReview' });
  const view = useFigureViewParam();
  const setShown = useSetPendingShown();
  if (reviewFigures !== true) return null;
  const shown = view === 'withPending';
  return (
    <div className="pending-switch">
      <label className="pending-switch__label">
        <input type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} />
        {t('showPending')}
      </label>
      <p className="pending-switch__note" role="status">
        {shown ? t('showingPending') : t('officialOnly')}
      </p>
    </div>
  );
}

/** The 待审核 mark beside a figure waiting for review: words, not colour alone. */
export function PendingMark() {
  const { t } = useTranslation('common', { keyPrefix: 'figureReview' });
  return <span className="pending-mark">{t('pending')}</span>;
}
