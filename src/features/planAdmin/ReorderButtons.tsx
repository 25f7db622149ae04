/** Move up / move down: buttons, so the order can be changed by keyboard as well as by mouse. */
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';

interface ReorderButtonsProps {
  name: string;
  isFirst: boolean;
  isLast: boolean;
  disabled?: boolean;
  onMove: (step: -1 | 1) => void;
}

export function ReorderButtons({ name, isFirst, isLast, disabled = false, onMove }: ReorderButtonsProps) {
  const { t } = useTranslation('planAdmin');
  return (
    <span className="plan-admin__reorder">
      <button
        type="button"
        className="button button--icon"
        aria-label={t('common.moveUp', { name })}
        title={t('common.moveUp', { name })}
        disabled={disabled || isFirst}
        onClick={() => onMove(-1)}
      >
        <ArrowUp aria-hidden="true" focusable="false" className="button__icon" />
      </button>
      <button
        type="button"
        className="button button--icon"
        aria-label={t('common.moveDown', { name })}
        title={t('common.moveDown', { name })}
        disabled={disabled || isLast}
        onClick={() => onMove(1)}
      >
        <ArrowDown aria-hidden="true" focusable="false" className="button__icon" />
      </button>
    </span>
  );
}
