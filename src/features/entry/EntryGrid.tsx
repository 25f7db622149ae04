/**
 * The grid of one period: a row per indicator, cells for the figure, a note and the source.
 * Keyboard first: arrow keys move between cells (left and right once the caret reaches the edge of
 * the text), Enter moves down and Shift+Enter up. A block pasted from Excel fills down and to the
 * right. Each cell that breaks a rule says so beneath it.
 */
import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormatLocale } from '../../domain/format';
import type { Judgement, Period } from '../../domain/model';
import { OverdueMark } from '../../components/reporting/OverdueMark';
import { FigureStateCell } from './FigureStateCell';
import { useLocalized } from '../../i18n/localized';
import { useFigureText, useRuleMessage, type EntryIssue } from './entryText';
import {
  baselineOf,
  editCell,
  gridColumns,
  isBlock,
  nextPosition,
  pasteBlock,
  type GridColumn,
  type GridDraft,
  type GridPosition,
  type GridRow,
} from './gridModel';

interface EntryGridProps {
  rows: readonly GridRow[];
  draft: GridDraft;
  onDraftChange: (draft: GridDraft) => void;
  /** Rule breaks (and server refusals) by indicator id, shown under the figure cell. */
  issues: Readonly<Record<string, EntryIssue | { text: string }>>;
  caption: string;
  locale: FormatLocale;
  /** The period the grid is for: a row without its figure past the due day shows 逾期未报. */
  period: Period;
  /** The plan's figures are reviewed: a column says where each row's figure is in the review. */
  reviewFigures?: boolean;
}

function cellKey(position: GridPosition): string {
  return `${position.row}:${position.column}`;
}

export function EntryGrid({
  rows,
  draft,
  onDraftChange,
  issues,
  caption,
  locale,
  period,
  reviewFigures = false,
}: EntryGridProps) {
  const { t } = useTranslation('entry');
  const { t: tc } = useTranslation();
  const { pick } = useLocalized();
  const ruleMessage = useRuleMessage();
  const figureText = useFigureText();
  const cells = useRef(new Map<string, HTMLInputElement>());
  const judgementLabel = (judgement: Judgement) => t(`judgements.${judgement}`);
  const columnLabels: Record<GridColumn, string> = {
    value: t('grid.value'),
    note: t('grid.note'),
    source: t('grid.source'),
  };

  function focusCell(position: GridPosition) {
    const input = cells.current.get(cellKey(position));
    input?.focus();
    input?.select();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, position: GridPosition) {
    if (event.nativeEvent.isComposing) return;
    const input = event.currentTarget;
    const collapsed = input.selectionStart === input.selectionEnd;
    const next = nextPosition(position, event.key, {
      shift: event.shiftKey,
      atStart: collapsed && input.selectionStart === 0,
      atEnd: collapsed && input.selectionEnd === input.value.length,
      rowCount: rows.length,
    });
    if (!next) return;
    event.preventDefault();
    focusCell(next);
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>, position: GridPosition) {
    const text = event.clipboardData.getData('text/plain');
    if (!isBlock(text)) return;
    event.preventDefault();
    onDraftChange(pasteBlock(rows, draft, position, text, judgementLabel));
  }

  function issueText(indicatorId: string): string | null {
    const issue = issues[indicatorId];
    if (!issue) return null;
    const indicator = rows.find((row) => row.indicator.id === indicatorId)?.indicator;
    return 'text' in issue ? t('rules.server', { message: issue.text }) : ruleMessage(issue, indicator);
  }

  return (
    <div className="entry-grid-scroll" role="region" aria-label={caption} tabIndex={-1}>
      <table className="entry-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grid.indicator')}</th>
            {reviewFigures ? <th scope="col">{t('grid.state')}</th> : null}
            <th scope="col">{t('grid.unit')}</th>
            <th scope="col">{t('grid.current')}</th>
            {gridColumns.map((column) => (
              <th key={column} scope="col">
                {columnLabels[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => {
            const { indicator, current } = row;
            const texts = draft[indicator.id] ?? baselineOf(row, judgementLabel);
            const problem = issueText(indicator.id);
            const problemId = `entry-grid-issue-${indicator.id}`;
            const name = pick(indicator.name);
            return (
              <tr key={indicator.id} className={draft[indicator.id] ? 'entry-grid__row--edited' : undefined}>
                <th scope="row">{name}</th>
                {reviewFigures ? <FigureStateCell figure={current} /> : null}
                <td>{tc(`units.${indicator.unit}`)}</td>
                <td className="entry-grid__current">
                  {figureText(indicator, current, locale)}
                  {current?.isDemo ? <span className="entry-grid__demo">{t('grid.demo')}</span> : null}
                  {current ? null : <OverdueMark indicator={indicator} missingPeriods={[period]} />}
                </td>
                {gridColumns.map((column, columnIndex) => {
                  const position = { row: rowIndex, column: columnIndex };
                  const invalid = column === 'value' && problem !== null;
                  return (
                    <td key={column} className={`entry-grid__cell entry-grid__cell--${column}`}>
                      <input
                        ref={(input) => {
                          if (input) cells.current.set(cellKey(position), input);
                          else cells.current.delete(cellKey(position));
                        }}
                        className="entry-grid__input"
                        aria-label={`${name} ${columnLabels[column]}`}
                        aria-invalid={invalid ? true : undefined}
                        aria-describedby={invalid ? problemId : undefined}
                        inputMode={
                          column === 'value' && indicator.kind !== 'qualitative' ? 'decimal' : undefined
                        }
                        placeholder={
                          column === 'value' && indicator.kind === 'qualitative'
                            ? t('grid.judgementHint')
                            : undefined
                        }
                        autoComplete="off"
                        value={texts[column]}
                        onChange={(event) =>
                          onDraftChange(editCell(rows, draft, position, event.target.value, judgementLabel))
                        }
                        onKeyDown={(event) => onKeyDown(event, position)}
                        onPaste={(event) => onPaste(event, position)}
                      />
                      {invalid ? (
                        <span id={problemId} className="entry-grid__issue">
                          {problem}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
