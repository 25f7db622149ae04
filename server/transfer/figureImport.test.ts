import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../src/api/transferContract';
import type { Indicator, IndicatorValue } from '../../src/domain/model';
import type { MessageLocale } from '../http/locale';
import { buildSeed } from '../seed';
import { checkFigureSheet, figureKey, type FigureImportContext } from './figureImport';
import { figureTemplate } from './figureTemplate';
import { readSpreadsheet } from './importReport';
import { workbookBytes, type TestCellValue } from './testWorkbook';
import { writeXlsx } from './xlsx';
import type ExcelJS from 'exceljs';

const headers = ['指标编号', '指标名称', '单位', '期间', '数值', '研判', '完成日期', '备注', '来源', '版本'];
const statistics = '区统计局';
const seed = buildSeed({ demo: false });
const indicators: Indicator[] = seed.indicators.map((indicator) => ({
  ...indicator,
  leadDepartment: indicator.id === 'public-budget-revenue-growth' ? '区财政局' : statistics,
}));

function storedFigure(indicatorId: string, period: string, value: number, version: number): IndicatorValue {
  return {
    indicatorId,
    period,
    value,
    judgement: null,
    achievedOn: null,
    note: null,
    source: null,
    isDemo: false,
    recordedBy: '张三',
    recordedAt: '2024-04-03T02:00:00.000Z',
    version,
  };
}

const stored = [storedFigure('industrial-value-added-growth', '2024-03', 9.1, 2)];

function context(locale: MessageLocale = 'zh', figures: IndicatorValue[] = stored): FigureImportContext {
  return {
    year: 2024,
    today: '2024-04-15',
    locale,
    indicators: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    stored: new Map(figures.map((figure) => [figureKey(figure.indicatorId, figure.period), figure])),
    mayWrite: (department) => department === statistics,
  };
}

/** A figures row in the template's columns. */
function figureRow(
  indicatorId: string,
  period: string,
  value: TestCellValue,
  fields: Partial<Record<string, TestCellValue>> = {},
): TestCellValue[] {
  const row: Record<string, TestCellValue> = { 指标编号: indicatorId, 期间: period, 数值: value, ...fields };
  return headers.map((header) => row[header] ?? null);
}

async function importXlsx(
  rows: TestCellValue[][],
  options: { headers?: string[]; edit?: (sheet: ExcelJS.Worksheet) => void; locale?: MessageLocale } = {},
) {
  const bytes = await workbookBytes(options.headers ?? headers, rows, options.edit);
  const read = await readSpreadsheet(bytes, 'figures.xlsx', options.locale ?? 'zh');
  if (!read.ok) throw new Error(read.issue.message);
  return checkFigureSheet(read.table, context(options.locale));
}

function issuesOf(row: ImportRow | undefined): [string | null, string][] {
  return (row?.issues ?? []).map((issue) => [issue.column, issue.message]);
}

describe('checking an imported figures sheet', () => {
  it('rejects the one bad row with its column and a message, and readies the others to write', async () => {
    const checked = await importXlsx([
      figureRow('gdp-growth', '2024-03', 6.1),
      figureRow('retail-sales-growth', '2024-03', '五点六'),
      figureRow('industrial-value-added-growth', '2024-03', 9.3, { 版本: 2, 备注: '根据统计月报' }),
    ]);

    expect(checked.fileIssues).toEqual([]);
    expect(checked.rows.map((row) => [row.row, row.outcome])).toEqual([
      [2, 'create'],
      [3, 'error'],
      [4, 'update'],
    ]);
    expect(issuesOf(checked.rows[1])).toEqual([['数值', '“五点六”不是数字']]);
    expect(checked.rows[1]?.values).toMatchObject({ 指标编号: 'retail-sales-growth', 数值: '五点六' });
    expect(checked.writes).toEqual([
      {
        indicatorId: 'gdp-growth',
        period: '2024-03',
        value: 6.1,
        judgement: null,
        achievedOn: null,
        note: '',
        source: null,
        expectedVersion: null,
      },
      {
        indicatorId: 'industrial-value-added-growth',
        period: '2024-03',
        value: 9.3,
        judgement: null,
        achievedOn: null,
        note: '根据统计月报',
        source: null,
        expectedVersion: 2,
      },
    ]);
  });

  it('refuses "9,5" as a decimal comma and "5.5%" typed with its unit, saying what to type instead', async () => {
    const checked = await importXlsx([
      figureRow('gdp-growth', '2024-03', '9,5'),
      figureRow('retail-sales-growth', '2024-03', '5.5%'),
      figureRow('gdp-growth', '2024-03', '1,234'),
    ]);

    expect(checked.rows.map((row) => row.outcome)).toEqual(['error', 'error', 'error']);
    expect(issuesOf(checked.rows[0])).toEqual([['数值', '“9,5”含小数逗号，请用小数点写成 9.5']]);
    expect(issuesOf(checked.rows[1])).toEqual([['数值', '“5.5%”带了单位，请只填数字，如 5.5']]);
    expect(issuesOf(checked.rows[2])[0]?.[1]).toBe('应在 -50 到 200 之间');
    expect(checked.writes).toEqual([]);
  });

  it('refuses a growth rate that jumps from 9.1 % to 95 %, naming the figure it was compared with', async () => {
    const checked = await importXlsx([figureRow('industrial-value-added-growth', '2024-04', 95)]);
    const plausible = await importXlsx([figureRow('industrial-value-added-growth', '2024-04', 9.5)]);

    expect(checked.rows[0]?.outcome).toBe('error');
    expect(issuesOf(checked.rows[0])).toEqual([
      ['数值', '与该指标2024-03的数据 9.1% 相差过大，导入不接受；如确属实，请在填报页面填写并说明原因'],
    ]);
    expect(checked.writes).toEqual([]);
    expect(plausible.rows[0]?.outcome).toBe('create');
    expect(plausible.writes.map((write) => write.value)).toEqual([9.5]);
  });

  it('names the missing and the unknown columns and checks no row', async () => {

    const checked = await importXlsx([['gdp-growth', 6.1, 3]], { headers: ['指标编号', '数值', '数量'] });

    expect(checked.fileIssues.map((issue) => issue.message)).toEqual([
      '缺少列：期间、版本',
      '无法识别的列：数量（请使用模板中的列名）',
    ]);
    expect(checked.rows).toEqual([]);
    expect(checked.writes).toEqual([]);
  });

  it('accepts the columns in any order, in English, with spaces and full-width brackets', async () => {
    const checked = await importXlsx([['2024-03', 6.1, 'gdp-growth', null]], {
      headers: ['Period', ' 数 值 ', 'indicator id', 'Version'],
    });

    expect(checked.fileIssues).toEqual([]);
    expect(checked.rows.map((row) => row.outcome)).toEqual(['create']);
  });

  it('says so when the sheet has no data rows', async () => {
    const checked = await importXlsx([]);

    expect(checked.fileIssues.map((issue) => issue.code)).toEqual(['emptySheet']);
  });

  it('refuses 10,000 rows whole, naming the limit of 5,000', async () => {
    const rows = Array.from({ length: 10_000 }, () => figureRow('gdp-growth', '2024-03', 6.1));

    const checked = await importXlsx(rows);

    expect(checked.fileIssues.map((issue) => issue.message)).toEqual([
      '文件有 10000 行数据，超过每次最多 5000 行的上限：请分批导入',
    ]);
    expect(checked.rows).toEqual([]);
  }, 30_000);

  it('rejects every row a merged cell covers, naming the merged range', async () => {
    const checked = await importXlsx(
      [
        figureRow('gdp-growth', '2024-03', 6.1),
        figureRow('retail-sales-growth', '2024-03', null),
        figureRow('fixed-asset-investment-growth', '2024-03', 8),
      ],
      { edit: (sheet) => sheet.mergeCells('E2:E3') },
    );

    expect(checked.rows.map((row) => row.outcome)).toEqual(['error', 'error', 'create']);
    expect(issuesOf(checked.rows[0])).toEqual([['数值', '合并单元格 E2:E3：请取消合并，每个单元格单独填写']]);
  });

  it('uses a formula’s saved result, refuses one saved without a result, and reads percentages as percent figures', async () => {
    const checked = await importXlsx(
      [
        figureRow('gdp-growth', '2024-03', null),
        figureRow('retail-sales-growth', '2024-03', null),
        figureRow('fixed-asset-investment-growth', '2024-03', 0.081),
      ],
      {
        edit: (sheet) => {
          sheet.getCell('E2').value = { formula: '3+3.1', result: 6.1 };
          sheet.getCell('E3').value = { formula: 'A1*2' };
          sheet.getCell('E4').numFmt = '0.0%';
        },
      },
    );

    expect(checked.rows.map((row) => row.outcome)).toEqual(['create', 'error', 'create']);
    expect(issuesOf(checked.rows[1])).toEqual([
      ['数值', '公式没有计算结果：请在 Excel 中重新计算并保存，或直接填写数值'],
    ]);
    expect(checked.writes.map((write) => [write.indicatorId, write.value])).toEqual([
      ['gdp-growth', 6.1],
      ['fixed-asset-investment-growth', 8.1],
    ]);
  });

  it('applies the value rules of each kind and the periods of the plan year', async () => {
    const checked = await importXlsx([
      figureRow('foreign-capital-city-rank', '2024-03', 1.5),
      figureRow('gdp-growth', '2024-03', 250),
      figureRow('top-ten-industries-domestic-capital', '2023-12', 20),
      figureRow('top-ten-industries-domestic-capital', '2024-06', 40),
      figureRow('gdp-growth', '2024-02', 6),
      figureRow('foreign-capital-used', '2024-03', null, { 研判: '很好' }),
      figureRow('foreign-trade', '2024-03', null, { 备注: '总体平稳' }),
      figureRow('investment-expert-committee', '2024-03', '已完成'),
      figureRow('top-ten-industries-domestic-capital', '三月', 20),
    ]);

    expect(checked.rows.map(issuesOf)).toEqual([
      [['数值', '应为整数']],
      [['数值', '应在 -50 到 200 之间']],
      [['期间', '期间不在计划年度（2024年）内']],
      [['期间', '不能导入未来期间的数据']],
      [['期间', '该指标在此期间不报送（按季度的在 3、6、9、12 月，按年度的在 12 月）']],
      [['研判', '“很好”无效，可填：正常推进、需关注、滞后']],
      [['研判', '请填写研判：正常推进、需关注或滞后']],
      [['完成日期', '已完成时请填写完成日期']],
      [['期间', '“三月”不是期间：请写成 2024-03']],
    ]);
    expect(checked.writes).toEqual([]);
  });

  it('refuses unknown ids, derived indicators and indicators the user may not write, row by row', async () => {
    const checked = await importXlsx([
      figureRow('gdp', '2024-03', 6),
      figureRow('key-project-start-rate', '2024-03', 95),
      figureRow('public-budget-revenue-growth', '2024-03', 5),
      figureRow('gdp-growth', '2024-03', 6.1),
    ]);

    expect(checked.rows.map(issuesOf)).toEqual([
      [['指标编号', '未知的指标编号“gdp”']],
      [['指标编号', '此指标由项目库自动计算，不能导入']],
      [['指标编号', '你没有填报“区财政局”牵头指标的权限']],
      [],
    ]);
  });

  it('refuses a stale version with the current figure, and a second row for the same figure', async () => {
    const checked = await importXlsx([
      figureRow('industrial-value-added-growth', '2024-03', 9.4, { 版本: 1 }),
      figureRow('gdp-growth', '2024-03', 6.1),
      figureRow('gdp-growth', '2024-03', 6.2),
    ]);

    expect(issuesOf(checked.rows[0])).toEqual([
      [
        '版本',
        '数据已被他人修改：当前为 9.1%（张三，2024年4月3日）（版本 2），文件中的版本是 1。请重新下载模板后再导入',
      ],
    ]);
    expect(issuesOf(checked.rows[2])).toEqual([[null, '与第 3 行重复']]);
  });

  it('skips blank rows and leaves rows that say what is stored unchanged', async () => {
    const checked = await importXlsx([
      figureRow('retail-sales-growth', '2024-03', null),
      figureRow('industrial-value-added-growth', '2024-03', 9.1, { 版本: 2 }),
    ]);

    expect(checked.rows.map((row) => row.outcome)).toEqual(['skipped', 'unchanged']);
    expect(checked.writes).toEqual([]);
  });

  it('speaks English when asked', async () => {
    const checked = await importXlsx([figureRow('gdp-growth', '2024-03', 'n/a')], { locale: 'en' });

    expect(issuesOf(checked.rows[0])).toEqual([['数值', '"n/a" is not a number']]);
  });
});

describe('the figures template', () => {
  const input = {
    plan: seed.plan,
    period: '2024-03',
    indicators,
    values: [...stored, { ...storedFigure('gdp-growth', '2024-03', 6.1, 1), isDemo: true, note: '示例数据' }],
    mayWrite: (department: string | null) => department === statistics,
  };

  it('offers the typed-in indicators the user may write that report in the month, with the current figures', () => {
    const [sheet, notes] = figureTemplate(input).sheets;

    expect(sheet.columns.map((column) => column.header)).toEqual(headers);
    const ids = sheet.rows.map((row) => row[0]);
    expect(ids).toContain('gdp-growth');
    expect(ids).toContain('foreign-capital-used');
    expect(ids).not.toContain('key-project-start-rate');
    expect(ids).not.toContain('public-budget-revenue-growth');
    expect(sheet.rows.find((row) => row[0] === 'industrial-value-added-growth')).toEqual([
      'industrial-value-added-growth',
      '规模以上工业增加值',
      '%',
      '2024-03',
      9.1,
      null,
      null,
      null,
      null,
      2,
    ]);
    expect(sheet.rows.find((row) => row[0] === 'gdp-growth')?.[7]).toBeNull();
    expect(notes?.name).toBe('说明');
    expect(figureTemplate({ ...input, period: '2024-02' }).sheets[0].rows.map((row) => row[0])).not.toContain(
      'gdp-growth',
    );
  });

  it('reads back as unchanged when imported untouched', async () => {
    const bytes = await writeXlsx(figureTemplate(input));
    const read = await readSpreadsheet(bytes, 'template.xlsx', 'zh');
    if (!read.ok) throw new Error(read.issue.message);

    const checked = checkFigureSheet(read.table, context('zh', input.values));

    expect(checked.fileIssues).toEqual([]);
    expect(
      checked.rows
        .filter((row) => row.outcome !== 'skipped')
        .map((row) => [row.values['指标编号'], row.outcome]),
    ).toEqual([
      ['gdp-growth', 'unchanged'],
      ['industrial-value-added-growth', 'unchanged'],
    ]);
  });
});
