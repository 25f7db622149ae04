/**
 * 截至…: the month the whole page stands at. The choice goes into the address as `?asOf=`. The
 * choices run from January to the end of the plan year at most; a month outside the year (an old
 * or edited link) shows as the nearest month inside it.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { periodsUpTo } from '../domain/asOf';
import { formatPeriod } from '../domain/format';
import type { Period } from '../domain/model';
import { comparePeriods } from '../domain/period';
import { clampToPlanYear } from '../lib/plan/planYear';
import { useSetAsOfParam } from '../lib/useAsOfParam';
import { useHydrated } from '../lib/useHydrated';
import { useLocalized } from '../i18n/localized';

interface AsOfSelectProps {
  year: number;
  value: Period;
  latest: Period;
  updating: boolean;
}

export function AsOfSelect({ year, value, latest, updating }: AsOfSelectProps) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const setAsOf = useSetAsOfParam();
  const hydrated = useHydrated();
  const id = useId();
  const shown = clampToPlanYear(value, year);
  // A shared link may stand later than today's latest figures; it stays selectable.
  const periods = useMemo(
    () => periodsUpTo(year, clampToPlanYear(comparePeriods(shown, latest) > 0 ? shown : latest, year)).reverse(),
    [year, shown, latest],
  );

  return (
    <div className="as-of">
      <label htmlFor={id} className="as-of__label">
        {t('asOf.label')}
      </label>
      <select
        id={id}
        className="select as-of__select"
        value={shown}
        disabled={!hydrated}
        onChange={(event) => setAsOf(event.target.value)}
      >
        {periods.map((period) => (
          <option key={period} value={period}>
            {t('asOf.option', { period: formatPeriod(period, locale) })}
          </option>
        ))}
      </select>
      {updating ? (
        <span className="as-of__updating" role="status">
          {t('updating')}
        </span>
      ) : null}
    </div>
  );
}
