import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../src/api/transferContract';
import type { Project } from '../../src/domain/projects/model';
import { testProject } from '../../src/domain/projects/testProject';
import { buildSeed } from '../seed';
import { writeCsv } from './csv';
import { readSpreadsheet } from './importReport';
import { checkProjectSheet, type ProjectImportContext } from './projectImport';
import { projectSheet } from './projectSheet';
import { writeXlsx } from './xlsx';

const planId = 'plan-2024';
const industry = '区工信局';
const housing = '区住建局';
const headers = [
  '项目编号',
  '项目名称',
  '级别',
  '类别',
  '城建类别',
  '产业链',
  '赛道',
  '牵头单位',
  '总投资（亿元）',
  '2024年计划投资（亿元）',
  '过10亿元新落地',
  '状态',
  '状态日期',
  '版本',
];

const stored: Project[] = [
  testProject({
    id: 'kp-001',
    name: '骨科植入物扩产',
    leadDepartment: industry,
    industryChain: 'medicalDevices',
    track: 'interventionalImplantable',
    statusHistory: [{ status: 'started', date: '2024-02-10' }],
    version: 3,
  }),
  testProject({
    id: 'up-001',
    name: '滨海路改造',
    kind: 'urban',
    urbanCategory: 'roadsTransport',
    industryChain: null,
    leadDepartment: housing,
  }),
];

let counter = 0;
function context(): ProjectImportContext {
  return {
    planId,
    today: '2024-04-15',
    locale: 'zh',
    projects: new Map(stored.map((project) => [project.id, project])),
    takenElsewhere: new Set(['other-plan-001']),
    mayWrite: (department) => department === industry,
    newId: () => `p-new-${(counter += 1)}`,
  };
}

type Row = Partial<Record<(typeof headers)[number], string | number>>;

async function importCsv(rows: Row[]) {
  const csv = writeCsv({
    name: '项目清单',
    columns: headers.map((header) => ({ header, width: 10 })),
    rows: rows.map((row) => headers.map((header) => row[header] ?? null)),
  });
  const read = await readSpreadsheet(new TextEncoder().encode(csv), 'projects.csv', 'zh');
  if (!read.ok) throw new Error(read.issue.message);
  return checkProjectSheet(read.table, context());
}

const newProject: Row = {
  项目名称: '碳纤维复材产线',
  级别: '市级',
  类别: '重点项目',
  产业链: '新材料',
  赛道: '碳纤维',
  牵头单位: industry,
  '总投资（亿元）': 12,
  '2024年计划投资（亿元）': 3.5,
  过10亿元新落地: '是',
  状态: '已开工',
  状态日期: '2024/3/18',
};

function issuesOf(row: ImportRow | undefined): [string | null, string][] {
  return (row?.issues ?? []).map((issue) => [issue.column, issue.message]);
}

describe('checking an imported project list', () => {
  it('creates a project from a row without an id, with its status dated', async () => {
    const checked = await importCsv([newProject]);

    expect(checked.rows.map((row) => [row.outcome, issuesOf(row)])).toEqual([['create', []]]);
    expect(checked.creates).toEqual([
      expect.objectContaining({
        planId,
        name: '碳纤维复材产线',
        level: 'city',
        kind: 'industrial',
        industryChain: 'newMaterials',
        track: 'carbonFibre',
        leadDepartment: industry,
        plannedTotalInvestment: 12,
        plannedAnnualInvestment: 3.5,
        isNewBillionProject: true,
        statusHistory: [{ status: 'started', date: '2024-03-18' }],
        isDemo: false,
      }),
    ]);
    expect(checked.creates[0]?.id).toMatch(/^p-new-/);
  });

  it('updates a project at the version the file was made from: changed fields and a new dated status', async () => {
    const checked = await importCsv([
      {
        项目编号: 'kp-001',
        项目名称: '骨科植入物扩产',
        级别: '区级',
        类别: '重点项目',
        产业链: '医疗器械',
        赛道: '介入植入器械',
        牵头单位: industry,
        '总投资（亿元）': 10,
        '2024年计划投资（亿元）': 2,
        过10亿元新落地: '否',
        状态: '已投产',
        状态日期: '2024-04-01',
        版本: 3,
      },
    ]);

    expect(checked.rows.map((row) => row.outcome)).toEqual(['update']);
    expect(checked.updates).toEqual([
      {
        current: stored[0],
        patch: {
          expectedVersion: 3,
          changes: { plannedAnnualInvestment: 2 },
          statusEvent: { status: 'inProduction', date: '2024-04-01' },
        },
      },
    ]);
  });

  it('leaves a row that says what is stored unchanged, and refuses one made from an older version', async () => {
    const same: Row = {
      项目编号: 'kp-001',
      项目名称: '骨科植入物扩产',
      级别: '区级',
      类别: '重点项目',
      产业链: '医疗器械',
      赛道: '介入植入器械',
      牵头单位: industry,
      '总投资（亿元）': 10,
      '2024年计划投资（亿元）': 1,
      过10亿元新落地: '否',
      状态: '已开工',
      状态日期: '2024-02-10',
      版本: 3,
    };
    const checked = await importCsv([same, { ...same, 项目编号: 'kp-001', 版本: 2, '总投资（亿元）': 11 }]);

    expect(checked.rows[0]?.outcome).toBe('unchanged');
    expect(issuesOf(checked.rows[1])).toEqual([
      ['项目编号', '与第 2 行重复'],
      ['版本', '项目已被他人修改：当前版本 3，文件中为 2。请重新导出后再导入'],
    ]);
    expect(checked.updates).toEqual([]);
  });

  it('names the column of each broken rule and writes none of the rows', async () => {
    const checked = await importCsv([
      { ...newProject, 级别: '国家级' },
      { ...newProject, 项目名称: '新城建', 类别: '城建重点工程' },
      { ...newProject, 项目名称: '赛道不符', 产业链: '电子信息' },
      { ...newProject, 项目名称: '计划过高', '2024年计划投资（亿元）': 20 },
      { ...newProject, 项目名称: '缺日期', 状态日期: '' },
      { ...newProject, 项目名称: '未来', 状态日期: '2024-05-01' },
      { ...newProject, 项目名称: '滨海路改造' },
      { ...newProject, 项目名称: '他人的', 牵头单位: housing },
      { ...newProject, 项目编号: 'Bad Id', 项目名称: '编号' },
      { ...newProject, 项目编号: 'other-plan-001', 项目名称: '别的计划' },
    ]);

    expect(checked.rows.map(issuesOf)).toEqual([
      [['级别', '“国家级”无效，可填：省级、市级、区级']],
      [
        ['城建类别', '城建重点工程须填写城建类别'],
        ['产业链', '城建重点工程不填产业链'],
      ],
      [['赛道', '赛道须属于所填的产业链']],
      [['计划年度投资（亿元）', '年度计划投资不能超过总投资']],
      [['状态日期', '状态变化时请填写状态日期']],
      [['状态日期', '状态日期不能晚于今天']],
      [['项目名称', '已有同名项目（编号 up-001）：要修改它，请填写该项目编号']],
      [['牵头单位', '你没有编辑“区住建局”牵头项目的权限']],
      [['项目编号', '项目编号“Bad Id”无效：只能用小写字母、数字和短横线，如 kp-017；新项目可留空']],
      [['项目编号', '项目编号“other-plan-001”已被其他计划使用']],
    ]);
    expect(checked.creates).toEqual([]);
  });

  it('refuses edits to a project of a department the user may not write', async () => {
    const checked = await importCsv([
      {
        项目编号: 'up-001',
        项目名称: '滨海路改造二期',
        级别: '区级',
        类别: '城建重点工程',
        城建类别: '道路交通',
        '总投资（亿元）': 10,
        '2024年计划投资（亿元）': 1,
        版本: 1,
      },
    ]);

    expect(issuesOf(checked.rows[0])).toEqual([['牵头单位', '你没有编辑“区住建局”牵头项目的权限']]);
  });
});

describe('the project list as a spreadsheet', () => {
  const plan = buildSeed({ demo: false }).plan;

  it('exports every project with its dates, and an untouched export imports as unchanged', async () => {
    const document = projectSheet({ plan, projects: stored, date: '2024-04-15', variant: 'export' });
    const [sheet] = document.sheets;
    expect(sheet.columns.map((column) => column.header)).toContain('开工日期');
    expect(sheet.rows[0]?.slice(0, 5)).toEqual(['kp-001', '骨科植入物扩产', null, '区级', '重点项目']);

    const read = await readSpreadsheet(await writeXlsx(document), 'export.xlsx', 'zh');
    if (!read.ok) throw new Error(read.issue.message);
    const checked = checkProjectSheet(read.table, { ...context(), mayWrite: () => true });

    expect(checked.fileIssues).toEqual([]);
    expect(checked.rows.map((row) => [row.row, row.outcome])).toEqual([
      [2, 'unchanged'],
      [3, 'unchanged'],
    ]);
  });

  it('leaves the columns an import ignores out of the template', () => {
    const [sheet] = projectSheet({ plan, projects: stored, date: '2024-04-15', variant: 'template' }).sheets;

    expect(sheet.columns.map((column) => column.header)).not.toContain('开工日期');
    expect(sheet.columns.find((column) => column.header === '级别')?.choices).toEqual([
      '省级',
      '市级',
      '区级',
    ]);
  });
});
