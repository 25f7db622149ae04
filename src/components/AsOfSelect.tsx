/**
 * 截至…: the month the whole page stands at. The choice goes into the address as `?asOf=`. The
 * choices run from January to the end of the plan year at most; a month outside the year (an old
 * or edited link) shows as the nearest month inside it. Arrowing through the closed list only
 * moves the choice; Enter, leaving the list, or picking with the pointer applies it, so the page
 * fetches the month chosen and none of those passed on the way.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { periodsUpTo } from '../domain/asOf';
import { formatPeriod } from '../domain/format';
import type { Period } from '../domain/model';
import { comparePeriods } from '../domain/period';
import { clampToPlanYear } from '../lib/plan/planYear';
import { useSetAsOfParam } from '../lib/useAsOfParam';
import { useHydrated } from '../lib/useHydrated';
import { useLocalized } from '../i18n/localized';

/** Keys that move through a closed list, changing its value at each step. */
const browsingKeys = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

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
  const [pending, setPending] = useState<string | null>(null);
  const arrowing = useRef(false);
  const apply = (period: string) => {
    setPending(null);
    if (period !== shown) setAsOf(period);
  };
  const noticeArrows = (event: KeyboardEvent<HTMLSelectElement>) => {
    arrowing.current = browsingKeys.has(event.key);
    if (event.key === 'Enter' && pending !== null) apply(pending);
  };
  // A shared link may stand later than today's latest figures; it stays selectable.
  const periods = useMemo(
    () =>
      periodsUpTo(year, clampToPlanYear(comparePeriods(shown, latest) > 0 ? shown : latest, year)).reverse(),
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
        value={pending ?? shown}
        disabled={!hydrated}
        onKeyDown={noticeArrows}
        onBlur={() => {
          if (pending !== null) apply(pending);
        }}
        onChange={(event) => {
          if (arrowing.current) setPending(event.target.value);
          else apply(event.target.value);
          arrowing.current = false;
        }}
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
