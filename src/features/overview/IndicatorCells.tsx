/** The cells of one indicator row: name, target, deadline, unit, actual, status, gap, lead department, 原文. */
import { Clock, Quote } from 'lucide-react';
import { memo } from 'react';
import { Link } from 'react-router';
import { PendingMark } from '../../components/PendingFiguresSwitch';
import { ExplanationMark } from '../../components/reporting/ExplanationMark';
import { OverdueMark } from '../../components/reporting/OverdueMark';
import { StatusBadge } from '../../components/status/StatusBadge';
import { useExplanationState } from '../../lib/explanationStates';
import { useIsPendingFigure } from '../../lib/pendingFigures';
import type { Evaluation } from '../../domain/evaluation';
import { formatDate, formatPeriod, formatThreshold, formatValue, missingFigure } from '../../domain/format';
import { gapWords } from '../../domain/gapWords';
import type { Indicator, Period } from '../../domain/model';
import { fixedT } from '../../i18n/fixedT';
import { localizedText } from '../../i18n/localized';
import { positionWords } from '../../domain/targetWords';
import { readsInPlanWords } from '../../lib/plan/targetWords';
import type { Locale } from '../../i18n/locales';
import { indicatorPath } from './indicatorPath';
import { useOverviewSlots } from './overviewSlots';
import { tableColumns } from './tableColumns';

interface IndicatorCellsProps {
  indicator: Indicator;
  evaluation: Evaluation;
  locale: Locale;
  asOfParam: Period | undefined;
  sourceShown: boolean;
  sourceId: string;
  onToggleSource: () => void;
}

type LabelledColumn = Exclude<(typeof tableColumns)[number], 'name'>;

/** Each column's name, which every cell of a thousand rows repeats: looked up once a language. */
const columnLabels = new Map<Locale, Record<LabelledColumn, string>>();

function columnLabelsOf(locale: Locale): Record<LabelledColumn, string> {
  let labels = columnLabels.get(locale);
  if (!labels) {
    const t = fixedT(locale, 'overview');
    labels = Object.fromEntries(
      tableColumns
        .filter((column) => column !== 'name')
        .map((column) => [column, t(`table.columns.${column}`)]),
    ) as Record<LabelledColumn, string>;
    columnLabels.set(locale, labels);
  }
  return labels;
}

/** The other words the rows repeat (截至2024年10月, 原文, a unit's name), made once a language. */
const rowWords = new Map<string, string>();

function rowWord(locale: Locale, key: string, make: () => string): string {
  const cacheKey = `${locale} ${key}`;
  let word = rowWords.get(cacheKey);
  if (word === undefined) {
    word = make();
    rowWords.set(cacheKey, word);
  }
  return word;
}

/** Milestones, judged and relative targets are read in the plan's words; the others by their thresholds. */
function readInWords(indicator: Indicator): boolean {
  return readsInPlanWords(indicator) || indicator.thresholds.length === 0;
}

export const IndicatorCells = memo(function IndicatorCells({
  indicator,
  evaluation,
  locale,
  asOfParam,
  sourceShown,
  sourceId,
  onToggleSource,
}: IndicatorCellsProps) {
  const { SeeProjectsLink } = useOverviewSlots();
  const t = fixedT(locale, 'overview');
  const tc = fixedT(locale, 'common');
  const name = localizedText(indicator.name, locale);
  const { unit } = indicator;
  const showsFigure = indicator.kind !== 'qualitative' && indicator.kind !== 'milestone';
  // On a phone the row reads as a list; each cell names its column (src/styles/overview.css).
  const labels = columnLabelsOf(locale);
  const label = (column: LabelledColumn) => labels[column];
  const { actualPeriod } = evaluation;
  const pending = useIsPendingFigure(indicator.id, actualPeriod);
  const explanation = useExplanationState(indicator.id, evaluation);

  return (
    <>
      <th scope="row" className="overview-table__name">
        <Link to={indicatorPath(indicator, asOfParam)}>{name}</Link>
        <SeeProjectsLink indicator={indicator} asOf={asOfParam} locale={locale} />
      </th>
      <td data-label={label('target')}>
        {readInWords(indicator) ? (
          localizedText(indicator.targetText, locale)
        ) : (
          <ul className="plain-list">
            {indicator.thresholds.map((threshold) => (
              <li key={threshold.deadline}>
                {formatThreshold(threshold, indicator, locale, { withDeadline: false })}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="overview-table__date" data-label={label('deadline')}>
        {indicator.thresholds.length > 0 ? (
          <ul className="plain-list">
            {indicator.thresholds.map((threshold) => (
              <li key={threshold.deadline}>{formatDate(threshold.deadline, locale)}</li>
            ))}
          </ul>
        ) : (
          missingFigure
        )}
      </td>
      <td data-label={label('unit')}>
        {/* A measure's unit is the plan's own (万吨); the others have a fixed word. */}
        {indicator.unitLabel
          ? localizedText(indicator.unitLabel, locale)
          : rowWord(locale, `unit ${unit}`, () => tc(`units.${unit}`))}
      </td>
      <td className="overview-table__number" data-label={label('actual')}>
        {showsFigure ? formatValue(evaluation.actual, indicator, locale) : missingFigure}
        {pending ? <PendingMark /> : null}
        {showsFigure && actualPeriod ? (
          <span className="overview-table__sub">
            {rowWord(locale, `asOf ${actualPeriod}`, () =>
              t('table.asOf', { period: formatPeriod(actualPeriod, locale) }),
            )}
          </span>
        ) : null}
      </td>
      <td className="overview-table__status-cell" data-label={label('status')}>
        <StatusBadge
          status={evaluation.status}
          judged={evaluation.judged}
          position={positionWords(evaluation.position, indicator, locale)}
        />
        <OverdueMark indicator={indicator} missingPeriods={evaluation.missingPeriods} />
        <ExplanationMark state={explanation} />
        {evaluation.stale ? (
          <span className="stale-note">
            <Clock aria-hidden="true" focusable="false" className="stale-note__icon" />
            {rowWord(locale, 'stale', () => t('table.stale'))}
          </span>
        ) : null}
      </td>
      <td className="overview-table__number overview-table__words" data-label={label('gap')}>
        {gapWords(indicator, evaluation, locale) ?? missingFigure}
      </td>
      <td data-label={label('leadDepartment')}>
        {indicator.leadDepartment?.trim() || rowWord(locale, 'blank', () => tc('blank'))}
      </td>
      <td data-label={label('source')}>
        <button
          type="button"
          className="button button--small"
          aria-expanded={sourceShown}
          aria-controls={sourceShown ? sourceId : undefined}
          onClick={onToggleSource}
        >
          <Quote aria-hidden="true" focusable="false" className="button__icon" />
          {sourceShown
            ? rowWord(locale, 'hideSource', () => t('table.hideSource'))
            : rowWord(locale, 'showSource', () => t('table.showSource'))}
          <span className="visually-hidden">{name}</span>
        </button>
      </td>
    </>
  );
});
