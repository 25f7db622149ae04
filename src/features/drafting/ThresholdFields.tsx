/** The editable figures of one threshold: comparator, value (and upper bound of a range), unit, due date. */
import { useTranslation } from 'react-i18next';
import { draftComparators } from '../../domain/drafting/types';
import type { ThresholdProposal } from './proposals';

interface Props {
  threshold: ThresholdProposal;
  /** Names the fields for assistive technology and tests: the proposal's name. */
  label: string;
  onChange: (patch: Partial<ThresholdProposal>) => void;
}

const numberOrNull = (value: string): number | null => {
  if (value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

export function ThresholdFields({ threshold, label, onChange }: Props) {
  const { t } = useTranslation('drafting');
  return (
    <div className="draft-threshold">
      <select
        aria-label={`${t('review.comparator')}:${label}`}
        value={threshold.comparator}
        onChange={(event) => onChange({ comparator: event.target.value as ThresholdProposal['comparator'] })}
      >
        {draftComparators.map((comparator) => (
          <option key={comparator} value={comparator}>
            {t(`comparators.${comparator}`)}
          </option>
        ))}
      </select>
      {threshold.comparator === 'qualitative' ? null : (
        <input
          aria-label={`${t('review.value')}:${label}`}
          className="draft-threshold__number"
          inputMode="decimal"
          defaultValue={threshold.value ?? ''}
          onBlur={(event) => onChange({ value: numberOrNull(event.target.value) })}
        />
      )}
      {threshold.comparator === 'range' ? (
        <input
          aria-label={`${t('review.valueMax')}:${label}`}
          className="draft-threshold__number"
          inputMode="decimal"
          defaultValue={threshold.valueMax ?? ''}
          onBlur={(event) => onChange({ valueMax: numberOrNull(event.target.value) })}
        />
      ) : null}
      <input
        aria-label={`${t('review.unit')}:${label}`}
        className="draft-threshold__unit"
        defaultValue={threshold.unit ?? ''}
        onBlur={(event) =>
          onChange({ unit: event.target.value.trim() === '' ? null : event.target.value.trim() })
        }
      />
      <input
        type="date"
        aria-label={`${t('review.deadline')}:${label}`}
        value={threshold.deadline ?? ''}
        onChange={(event) => onChange({ deadline: event.target.value === '' ? null : event.target.value })}
      />
    </div>
  );
}
