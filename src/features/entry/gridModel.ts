/**
 * The entry grid as data: one row per indicator, three editable columns (figure, note, source).
 * Only edited rows are held in the draft, each with the version it was read at, so a figure someone
 * else saves meanwhile is a conflict rather than silently overwritten. Pure functions, so typing,
 * pasting from Excel and checking can be tested without a screen.
 */
import type { ValueWrite } from '../../api/valuesContract';
import {
  judgementSchema,
  type CampaignAction,
  type Indicator,
  type IndicatorValue,
  type IsoDate,
  type Judgement,
  type Period,
} from '../../domain/model';
import { checkHistory, readFigureText, type HistoryFigure } from '../../domain/entryChecks';
import { checkFigure, type TypedFigure } from '../../domain/valueRules';
import type { EntryIssue } from './entryText';
import { entryMessages } from './messages';

export const gridColumns = ['value', 'note', 'source'] as const;
export type GridColumn = (typeof gridColumns)[number];

export interface GridRow {
  indicator: Indicator;
  /** The stored figure of the grid's period, or null. */
  current: IndicatorValue | null;
  /** The indicator's stored figures, to compare a new one with (src/domain/entryChecks.ts). */
  history?: readonly HistoryFigure[];
}

export interface DraftRow {
  value: string;
  note: string;
  source: string;
  /** The version of the figure when editing began (null: there was none). */
  expectedVersion: number | null;
}

/** Edited rows by indicator id. */
export type GridDraft = Readonly<Record<string, DraftRow>>;

export interface GridPosition {
  row: number;
  column: number;
}

/** As the plan reads: the main targets first, then each campaign action's indicators in turn. */
export function inPlanOrder(
  indicators: readonly Indicator[],
  actions: readonly CampaignAction[],
): Indicator[] {
  const actionOrder = new Map(actions.map((action) => [action.id, action.order]));
  const placeOf = (indicator: Indicator) =>
    indicator.actionId === null
      ? Number.NEGATIVE_INFINITY
      : (actionOrder.get(indicator.actionId) ?? Number.POSITIVE_INFINITY);
  return [...indicators].sort(
    (a, b) => placeOf(a) - placeOf(b) || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

const judgementWords = new Map<string, Judgement>(
  judgementSchema.options.flatMap((judgement) => [
    [judgement.toLowerCase(), judgement],
    [entryMessages['zh-CN'].judgements[judgement], judgement],
    [entryMessages['en-US'].judgements[judgement].toLowerCase(), judgement],
  ]),
);

/** A judgement typed or pasted in either language (or its key); null when empty, 'unknown' otherwise. */
export function parseJudgement(text: string): Judgement | null | 'unknown' {
  const word = text.trim().toLowerCase();
  if (word === '') return null;
  return judgementWords.get(word) ?? 'unknown';
}

/** The texts a row starts from: its stored figure, ready to edit; a demo figure's source is not carried on. */
export function baselineOf(row: GridRow, judgementLabel: (judgement: Judgement) => string): DraftRow {
  const { current, indicator } = row;
  const value =
    indicator.kind === 'qualitative'
      ? current?.judgement
        ? judgementLabel(current.judgement)
        : ''
      : current?.value === null || current?.value === undefined
        ? ''
        : String(current.value);
  return {
    value,
    note: '',
    source: current && !current.isDemo ? (current.source ?? '') : '',
    expectedVersion: current?.version ?? null,
  };
}

/** Sets one cell, starting the row's draft from its baseline if it had none. */
export function editCell(
  rows: readonly GridRow[],
  draft: GridDraft,
  position: GridPosition,
  text: string,
  judgementLabel: (judgement: Judgement) => string,
): GridDraft {
  const row = rows[position.row];
  const column = gridColumns[position.column];
  if (!row || !column) return draft;
  const id = row.indicator.id;
  const base = draft[id] ?? baselineOf(row, judgementLabel);
  return { ...draft, [id]: { ...base, [column]: text } };
}

/**
 * A block copied from Excel (rows by line, cells by tab) pasted at a cell: it fills down and to the
 * right from there; what falls outside the grid is dropped.
 */
export function pasteBlock(
  rows: readonly GridRow[],
  draft: GridDraft,
  start: GridPosition,
  text: string,
  judgementLabel: (judgement: Judgement) => string,
): GridDraft {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  let next = draft;
  lines.forEach((line, rowOffset) => {
    line.split('\t').forEach((cell, columnOffset) => {
      const position = { row: start.row + rowOffset, column: start.column + columnOffset };
      if (position.row < rows.length && position.column < gridColumns.length)
        next = editCell(rows, next, position, cell.trim(), judgementLabel);
    });
  });
  return next;
}

/** Whether a pasted text is a block (more than one cell) rather than plain text for one cell. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

function typedFigure(indicator: Indicator, text: string): TypedFigure | EntryIssue {
  if (indicator.kind === 'qualitative') {
    const judgement = parseJudgement(text);
    if (judgement === 'unknown') return { rule: 'unknownJudgement' };
    return { value: null, judgement };
  }
  const read = readFigureText(text);
  if ('issue' in read)
    return read.issue.rule === 'notANumber' ? { field: 'value', rule: 'notANumber' } : read.issue;
  return { value: read.value };
}

/** Whether an edited row differs from what is stored (a note alone counts: it confirms the figure). */
function isChanged(row: GridRow, draftRow: DraftRow, figure: TypedFigure): boolean {
  const { current } = row;
  const baselineSource = current && !current.isDemo ? (current.source ?? '') : '';
  return (
    current === null ||
    current.isDemo ||
    figure.value !== current.value ||
    (figure.judgement ?? null) !== current.judgement ||
    draftRow.note.trim() !== '' ||
    draftRow.source.trim() !== baselineSource
  );
}

export interface GridCheck {
  /** The writes to send, in row order. */
  writes: ValueWrite[];
  /** Rule breaks by indicator id (all in the figure column). */
  issues: Record<string, EntryIssue>;
}

/**
 * Checks every edited row as the server will; unchanged rows are left out of the writes. Given the
 * grid's period, a figure far from its row's history is held back until the row's note says why:
 * the note is then sent as the confirmation's reason too.
 */
export function checkDraft(
  rows: readonly GridRow[],
  draft: GridDraft,
  today: IsoDate,
  period?: Period,
): GridCheck {
  const writes: ValueWrite[] = [];
  const issues: Record<string, EntryIssue> = {};
  for (const row of rows) {
    const draftRow = draft[row.indicator.id];
    if (!draftRow) continue;
    const figure = typedFigure(row.indicator, draftRow.value);
    if ('rule' in figure) {
      issues[row.indicator.id] = figure;
      continue;
    }
    const [issue] = checkFigure(row.indicator, figure, today);
    if (issue) {
      issues[row.indicator.id] = issue;
      continue;
    }
    if (!isChanged(row, draftRow, figure)) continue;
    const reason = draftRow.note.trim();
    const far =
      period === undefined ? null : checkHistory(row.indicator.kind, period, figure.value, row.history ?? []);
    if (far && reason === '') {
      issues[row.indicator.id] = { ...far, confirmIn: 'note' };
      continue;
    }
    writes.push({
      indicatorId: row.indicator.id,
      value: figure.value,
      ...(row.indicator.kind === 'qualitative' ? { judgement: figure.judgement ?? null } : {}),
      note: draftRow.note.trim(),
      source: draftRow.source.trim() === '' ? null : draftRow.source.trim(),
      expectedVersion: draftRow.expectedVersion,
      ...(far ? { confirmation: { reason } } : {}),
    });
  }
  return { writes, issues };
}

/** The draft after choosing 保留我的: my rows now expect the versions that won meanwhile. */
export function keepMine(
  draft: GridDraft,
  conflicts: readonly { indicatorId: string; current: IndicatorValue | null }[],
): GridDraft {
  const next = { ...draft };
  for (const conflict of conflicts) {
    const row = next[conflict.indicatorId];
    if (row) next[conflict.indicatorId] = { ...row, expectedVersion: conflict.current?.version ?? null };
  }
  return next;
}

/** The draft after choosing 采用他人的: my edits of those rows are dropped. */
export function takeTheirs(draft: GridDraft, indicatorIds: readonly string[]): GridDraft {
  const next = { ...draft };
  for (const id of indicatorIds) delete next[id];
  return next;
}

/** Where a key moves the focus, or null to leave it to the input (editing within the text). */
export function nextPosition(
  position: GridPosition,
  key: string,
  options: { shift: boolean; atStart: boolean; atEnd: boolean; rowCount: number },
): GridPosition | null {
  const { row, column } = position;
  const target = (() => {
    switch (key) {
      case 'ArrowUp':
        return { row: row - 1, column };
      case 'ArrowDown':
        return { row: row + 1, column };
      case 'Enter':
        return { row: options.shift ? row - 1 : row + 1, column };
      case 'ArrowLeft':
        return options.atStart ? { row, column: column - 1 } : null;
      case 'ArrowRight':
        return options.atEnd ? { row, column: column + 1 } : null;
      default:
        return null;
    }
  })();
  if (!target) return null;
  if (
    target.row < 0 ||
    target.row >= options.rowCount ||
    target.column < 0 ||
    target.column >= gridColumns.length
  )
    return position;
  return target;
}
