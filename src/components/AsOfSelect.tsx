/**
 * 数据截至…: the month the whole page stands at. The default view, without `?asOf=`, holds the latest
 * figures with every later correction and says so (最新数据（含更正）); a chosen month goes into the
 * address as `?asOf=` and shows the figures as reported by that month's end (截至2024年3月末所报), so
 * the two never share a label. The months run from January to the end of the plan year at most; a
 * month outside the year (an old or edited link) shows as the nearest month inside it. Arrowing
 * through the list fetches only the month settled on.
 */
import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { periodsUpTo } from '../domain/asOf';
import { formatPeriod } from '../domain/format';
import type { Period } from '../domain/model';
import { comparePeriods } from '../domain/period';
import { clampToPlanYear } from '../lib/plan/planYear';
import { useAsOfParam, useSetAsOfParam } from '../lib/useAsOfParam';
import { useSettledChoice } from '../lib/useSettledChoice';
import { useHydrated } from '../lib/useHydrated';
import { useLocalized } from '../i18n/localized';

/** The choice of the default view: no `?asOf=`. */
const latestFigures = '';

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
  const chosen = useAsOfParam();
  const hydrated = useHydrated();
  const id = useId();
  const shown = clampToPlanYear(value, year);
  // A shared link may stand later than today's latest figures; it stays selectable.
  const periods = useMemo(
    () =>
      periodsUpTo(year, clampToPlanYear(comparePeriods(shown, latest) > 0 ? shown : latest, year)).reverse(),
    [year, shown, latest],
  );
  const choose = useCallback(
    (choice: string) => setAsOf(choice === latestFigures ? undefined : choice),
    [setAsOf],
  );
  const choice = useSettledChoice(chosen === undefined ? latestFigures : shown, choose);

  return (
    <div className="as-of">
      <label htmlFor={id} className="as-of__label">
        {t('asOf.label')}
      </label>
      <select
        id={id}
        className="select as-of__select"
        value={choice.shown}
        disabled={!hydrated}
        onChange={choice.onChange}
        onKeyDown={choice.onKeyDown}
        onPointerDown={choice.onPointerDown}
        onBlur={choice.onBlur}
      >
        <option value={latestFigures}>{t('asOf.latest')}</option>
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
