/**
 * One indicator in the table. The 原文 button reveals, in the row below, the sentence of the
 * source article the target comes from; Esc folds it again, back on the button. Filtering only hides the row: its cells are memoised and
 * are not drawn again when it is shown or hidden.
 */
import { memo, useCallback, useId, useState, type KeyboardEvent } from 'react';
import type { Evaluation } from '../../domain/evaluation';
import type { Indicator, Period } from '../../domain/model';
import { fixedT } from '../../i18n/fixedT';
import { localizedText } from '../../i18n/localized';
import type { Locale } from '../../i18n/locales';
import { IndicatorCells } from './IndicatorCells';
import { tableColumns } from './tableColumns';

interface IndicatorRowProps {
  indicator: Indicator;
  evaluation: Evaluation;
  locale: Locale;
  asOfParam: Period | undefined;
  hidden: boolean;
}

export const IndicatorRow = memo(function IndicatorRow({ hidden, ...cells }: IndicatorRowProps) {
  const t = fixedT(cells.locale, 'overview');
  const [sourceShown, setSourceShown] = useState(false);
  const toggleSource = useCallback(() => setSourceShown((shown) => !shown), []);
  const sourceId = useId();
  const name = localizedText(cells.indicator.name, cells.locale);
  const closeOnEscape = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>) => {
      if (event.key !== 'Escape' || !sourceShown) return;
      event.stopPropagation();
      const row =
        event.currentTarget.id === sourceId
          ? event.currentTarget.previousElementSibling
          : event.currentTarget;
      setSourceShown(false);
      row?.querySelector<HTMLButtonElement>('button[aria-expanded]')?.focus();
    },
    [sourceShown, sourceId],
  );

  return (
    <>
      <tr
        hidden={hidden}
        className={`overview-table__row stacked-table__row${sourceShown ? ' overview-table__row--open' : ''}`}
        onKeyDown={closeOnEscape}
      >
        <IndicatorCells
          {...cells}
          sourceShown={sourceShown}
          sourceId={sourceId}
          onToggleSource={toggleSource}
        />
      </tr>
      {sourceShown ? (
        <tr id={sourceId} hidden={hidden} className="overview-table__source" onKeyDown={closeOnEscape}>
          <td colSpan={tableColumns.length}>
            <figure className="source-quote">
              <figcaption className="source-quote__caption">{t('table.sourceOf', { name })}</figcaption>
              <blockquote lang="zh-CN">{cells.indicator.sourceQuote}</blockquote>
            </figure>
          </td>
        </tr>
      ) : null}
    </>
  );
});
