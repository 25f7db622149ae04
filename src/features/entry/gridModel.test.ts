import { describe, expect, it } from 'vitest';
import type { Indicator, IndicatorValue, Judgement } from '../../domain/model';
import { buildSeed } from '../../../server/seed';
import {
  checkDraft,
  editCell,
  inPlanOrder,
  keepMine,
  nextPosition,
  parseJudgement,
  pasteBlock,
  takeTheirs,
  type GridRow,
} from './gridModel';

const seed = buildSeed({ demo: true });
const indicatorOf = (id: string): Indicator => {
  const found = seed.indicators.find((indicator) => indicator.id === id);
  if (!found) throw new Error(id);
  return found;
};
const figure = (
  indicatorId: string,
  value: number | null,
  version: number,
  fields: Partial<IndicatorValue> = {},
): IndicatorValue => ({
  indicatorId,
  period: '2024-06',
  value,
  judgement: null,
  achievedOn: null,
  note: null,
  source: '统计月报',
  isDemo: false,
  recordedBy: '李明',
  recordedAt: '2024-07-10T02:00:00.000Z',
  version,
  ...fields,
});

const rows: GridRow[] = [
  {
    indicator: indicatorOf('industrial-value-added-growth'),
    current: figure('industrial-value-added-growth', 9.1, 2),
  },
  { indicator: indicatorOf('public-budget-revenue-growth'), current: null },
  {
    indicator: indicatorOf('foreign-capital-used'),
    current: figure('foreign-capital-used', null, 1, { judgement: 'onTrack', isDemo: true }),
  },
];
const label = (judgement: Judgement) =>
  ({ onTrack: '正常推进', needsAttention: '需关注', behind: '滞后' })[judgement];
const today = '2026-11-27';

describe('pasting a block copied from Excel into the grid', () => {
  it('fills down and to the right from the cell pasted into', () => {
    const draft = pasteBlock(rows, {}, { row: 0, column: 0 }, '9.3\t按快报\n5.2\t初步数\n', label);

    expect(draft['industrial-value-added-growth']).toEqual({
      value: '9.3',
      note: '按快报',
      source: '统计月报',
      expectedVersion: 2,
    });
    expect(draft['public-budget-revenue-growth']).toEqual({
      value: '5.2',
      note: '初步数',
      source: '',
      expectedVersion: null,
    });
    expect(draft['foreign-capital-used']).toBeUndefined();
  });

  it('drops what falls below the last row or right of the last column', () => {
    const draft = pasteBlock(rows, {}, { row: 2, column: 1 }, '甲\t乙\t丙\r\n丁', label);

    expect(draft['foreign-capital-used']).toEqual({
      value: '正常推进',
      note: '甲',
      source: '乙',
      expectedVersion: 1,
    });
    expect(Object.keys(draft)).toEqual(['foreign-capital-used']);
  });
});

describe('checking the grid before saving', () => {
  it('sends only rows that changed, each with the version it was read at', () => {
    let draft = editCell(rows, {}, { row: 0, column: 0 }, '9.1', label);
    draft = editCell(rows, draft, { row: 1, column: 0 }, ' 5.3 ', label);

    expect(checkDraft(rows, draft, today)).toEqual({
      writes: [
        {
          indicatorId: 'public-budget-revenue-growth',
          value: 5.3,
          note: '',
          source: null,
          expectedVersion: null,
        },
      ],
      issues: {},
    });
  });

  it('names the rule a cell breaks and leaves that row out', () => {
    let draft = editCell(rows, {}, { row: 0, column: 0 }, '500', label);
    draft = editCell(rows, draft, { row: 1, column: 0 }, '五', label);
    draft = editCell(rows, draft, { row: 2, column: 0 }, '还行', label);

    const { writes, issues } = checkDraft(rows, draft, today);
    expect(writes).toEqual([]);
    expect(issues).toEqual({
      'industrial-value-added-growth': { field: 'value', rule: 'outOfRange', min: -50, max: 200 },
      'public-budget-revenue-growth': { field: 'value', rule: 'notANumber' },
      'foreign-capital-used': { rule: 'unknownJudgement' },
    });
  });

  it('reads judgements in either language and turns a confirmed demo judgement into a real one', () => {
    expect(parseJudgement('Needs attention')).toBe('needsAttention');
    expect(parseJudgement(' 滞后 ')).toBe('behind');
    const draft = editCell(rows, {}, { row: 2, column: 1 }, '一季度平稳', label);

    expect(checkDraft(rows, draft, today).writes).toEqual([
      {
        indicatorId: 'foreign-capital-used',
        value: null,
        judgement: 'onTrack',
        note: '一季度平稳',
        source: null,
        expectedVersion: 1,
      },
    ]);
  });
});

describe('resolving a conflict', () => {
  const draft = editCell(rows, {}, { row: 0, column: 0 }, '9.5', label);
  const conflicts = [
    {
      indicatorId: 'industrial-value-added-growth',
      current: figure('industrial-value-added-growth', 9.4, 3),
    },
  ];

  it('keeps mine on top of the version that won', () => {
    expect(keepMine(draft, conflicts)['industrial-value-added-growth']).toMatchObject({
      value: '9.5',
      expectedVersion: 3,
    });
  });

  it('drops mine when taking theirs', () => {
    expect(takeTheirs(draft, ['industrial-value-added-growth'])).toEqual({});
  });
});

describe('moving through the grid by keyboard', () => {
  const edges = { shift: false, atStart: false, atEnd: false, rowCount: 3 };

  it('moves down with Enter and the down arrow, up with Shift+Enter, and stops at the edges', () => {
    expect(nextPosition({ row: 0, column: 1 }, 'Enter', edges)).toEqual({ row: 1, column: 1 });
    expect(nextPosition({ row: 1, column: 1 }, 'Enter', { ...edges, shift: true })).toEqual({
      row: 0,
      column: 1,
    });
    expect(nextPosition({ row: 2, column: 1 }, 'ArrowDown', edges)).toEqual({ row: 2, column: 1 });
  });

  it('moves sideways only once the caret reaches the edge of the text', () => {
    expect(nextPosition({ row: 0, column: 1 }, 'ArrowRight', edges)).toBeNull();
    expect(nextPosition({ row: 0, column: 1 }, 'ArrowRight', { ...edges, atEnd: true })).toEqual({
      row: 0,
      column: 2,
    });
    expect(nextPosition({ row: 0, column: 1 }, 'ArrowLeft', { ...edges, atStart: true })).toEqual({
      row: 0,
      column: 0,
    });
  });
});

describe('the order of the grid', () => {
  it('follows the plan: main targets first, then each campaign action in turn', () => {
    const ordered = inPlanOrder(seed.indicators, seed.plan.actions);
    const firstActionRow = ordered.findIndex((indicator) => indicator.actionId !== null);
    expect(ordered.slice(0, firstActionRow).every((indicator) => indicator.isMainTarget)).toBe(true);
    const actionOrders = ordered
      .slice(firstActionRow)
      .map((indicator) => seed.plan.actions.find((action) => action.id === indicator.actionId)?.order ?? 0);
    expect(actionOrders).toEqual([...actionOrders].sort((a, b) => a - b));
  });
});
