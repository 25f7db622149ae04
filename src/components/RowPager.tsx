/**
 * Previous / next for a long list shown a page at a time, with where the page stands:
 * 第 101–200 行,共 5,000 行. Nothing when everything fits on one page.
 */
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';

interface RowPagerProps {
  /** The first row shown, counted from 0. */
  start: number;
  pageSize: number;
  total: number;
  onStart: (start: number) => void;
  /** Names the pager for assistive technology (e.g. 预检结果分页). */
  label: string;
}

export function RowPager({ start, pageSize, total, onStart, label }: RowPagerProps) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  const end = Math.min(start + pageSize, total);
  return (
    <nav className="row-pager" aria-label={label}>
      <button
        type="button"
        className="button button--small"
        disabled={start === 0}
        onClick={() => onStart(Math.max(0, start - pageSize))}
      >
        <ChevronLeft className="button__icon" aria-hidden="true" focusable="false" />
        {t('pager.previous')}
      </button>
      <span className="row-pager__position" role="status">
        {t('pager.position', { from: start + 1, to: end, total })}
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={end >= total}
        onClick={() => onStart(start + pageSize)}
      >
        {t('pager.next')}
        <ChevronRight className="button__icon" aria-hidden="true" focusable="false" />
      </button>
    </nav>
  );
}
