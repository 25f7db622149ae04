/**
 * The project list as a spreadsheet. The template (项目清单模板) holds the projects the user may
 * edit, in the columns an import reads; the export holds every project with its dates and the
 * year's investment as well, and can be imported again as it is (those columns are then ignored).
 * Both carry a 说明 sheet. Browser-safe.
 */
import { maxImportRows } from '../../src/api/transferContract';
import type { IsoDate, PlanSummary } from '../../src/domain/model';
import { projectRow } from '../../src/domain/projects/portfolio';
import type { Project } from '../../src/domain/projects/model';
import { statusDateOn } from './projectImport';
import { chineseWords, projectColumns, projectLabels, type ProjectColumn } from './projectColumns';
import { notesSheet, type SheetColumn, type SheetDocument, type WrittenValue } from './sheet';

const widths: Partial<Record<ProjectColumn, number>> = {
  id: 16,
  name: 34,
  nameEn: 30,
  ownerEnterprise: 24,
  location: 16,
  leadDepartment: 16,
  plannedTotalInvestment: 12,
  plannedAnnualInvestment: 14,
  notes: 30,
};
const textColumns: ReadonlySet<ProjectColumn> = new Set([
  'id',
  'statusDate',
  'startedOn',
  'inProductionOn',
  'completedOn',
]);
const choiceColumns: Partial<Record<ProjectColumn, readonly string[]>> = {
  level: chineseWords(projectLabels.level),
  kind: chineseWords(projectLabels.kind),
  urbanCategory: chineseWords(projectLabels.urbanCategory),
  industryChain: chineseWords(projectLabels.industryChain),
  track: chineseWords(projectLabels.track),
  status: chineseWords(projectLabels.status),
  isNewBillionProject: ['是', '否'],
};

export interface ProjectSheetInput {
  plan: PlanSummary;
  projects: readonly Project[];
  /** The day statuses and the year's investment are read at. */
  date: IsoDate;
  /** The template leaves out the columns an import ignores. */
  variant: 'template' | 'export';
}

function cellsOf(project: Project, date: IsoDate): Record<ProjectColumn, WrittenValue> {
  const row = projectRow(project, date);
  return {
    id: project.id,
    name: project.name,
    nameEn: project.nameEn,
    level: projectLabels.level[project.level].zh,
    kind: projectLabels.kind[project.kind].zh,
    urbanCategory: project.urbanCategory ? projectLabels.urbanCategory[project.urbanCategory].zh : null,
    industryChain: project.industryChain ? projectLabels.industryChain[project.industryChain].zh : null,
    track: project.track ? projectLabels.track[project.track].zh : null,
    ownerEnterprise: project.ownerEnterprise,
    location: project.location,
    leadDepartment: project.leadDepartment,
    plannedTotalInvestment: project.plannedTotalInvestment,
    plannedAnnualInvestment: project.plannedAnnualInvestment,
    isNewBillionProject: project.isNewBillionProject ? '是' : '否',
    status: projectLabels.status[row.status].zh,
    statusDate: statusDateOn(project, date),
    notes: project.notes,
    version: project.version,
    investedToDate: row.investedToDate,
    startedOn: row.startedOn,
    inProductionOn: row.inProductionOn,
    completedOn: row.completedOn,
    isDemo: project.isDemo ? '是' : null,
  };
}

export function projectSheet({ plan, projects, date, variant }: ProjectSheetInput): SheetDocument {
  const specs = projectColumns.filter((spec) => variant === 'export' || !spec.readOnly);
  const columns = specs.map((spec): SheetColumn => ({
    header: spec.header,
    width: widths[spec.key] ?? Math.max(10, spec.header.length * 2 + 2),
    ...(textColumns.has(spec.key) ? { format: 'text' as const } : {}),
    ...(choiceColumns[spec.key] ? { choices: choiceColumns[spec.key] } : {}),
  }));
  const rows = projects.map((project) => {
    const cells = cellsOf(project, date);
    return specs.map((spec) => cells[spec.key]);
  });
  return {
    sheets: [
      { name: '项目清单', columns, rows },
      notesSheet([
        ['计划', `${plan.title.zh}（${plan.year}年）`],
        ['状态截至', date],
        [
          '项目编号',
          '修改已有项目时请勿改动；新增项目可留空（系统自动编号），或填小写字母、数字和短横线，如 kp-100',
        ],
        ['级别', '省级、市级或区级'],
        ['类别', '重点项目（99个省市区三级重点项目）或城建重点工程（6大类21项）'],
        ['城建类别', '城建重点工程必填；重点项目不填'],
        ['产业链、赛道', '重点项目可填；赛道须属于所填产业链；城建重点工程不填'],
        ['金额', '总投资、年度计划投资以亿元为单位；年度计划投资不能超过总投资'],
        ['过10亿元新落地', '是或否'],
        [
          '状态、状态日期',
          '未开工、已开工、已投产或已竣工；状态变化时填写变化当天的日期，不能早于上次变化、不能晚于今天',
        ],
        ['版本', '导出时项目的版本，请勿修改；新项目留空。项目已被他人修改时该行会提示冲突，需重新导出'],
        ...(variant === 'export'
          ? ([['只读列', '年内累计完成投资、开工/投产/竣工日期和示例数据只供查看，导入时不读取']] as [
              string,
              string,
            ][])
          : []),
        [
          '导入',
          `先预检，再确认导入：所有行一并写入，有任何错误则都不写入。每次最多 ${maxImportRows} 行；请勿合并单元格`,
        ],
      ]),
    ],
  };
}
