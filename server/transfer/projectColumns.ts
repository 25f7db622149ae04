/**
 * The columns of the project list (项目清单) as templates, exports and imports share them, and
 * the words each coded field is written in. Browser-safe.
 */
import type { Bilingual } from '../../src/domain/model';
import {
  industryChainLabels,
  industryTrackLabels,
  projectKindLabels,
  projectLevelLabels,
  projectStatusLabels,
  urbanCategoryLabels,
} from '../../src/domain/projects/model';
import type { ColumnSpec } from './columns';

export type ProjectColumn =
  | 'id'
  | 'name'
  | 'nameEn'
  | 'level'
  | 'kind'
  | 'urbanCategory'
  | 'industryChain'
  | 'track'
  | 'ownerEnterprise'
  | 'location'
  | 'leadDepartment'
  | 'plannedTotalInvestment'
  | 'plannedAnnualInvestment'
  | 'isNewBillionProject'
  | 'status'
  | 'statusDate'
  | 'notes'
  | 'version'
  | 'investedToDate'
  | 'startedOn'
  | 'inProductionOn'
  | 'completedOn'
  | 'isDemo';

export const projectColumns: readonly ColumnSpec<ProjectColumn>[] = [
  { key: 'id', header: '项目编号', aliases: ['project id'], required: false },
  { key: 'name', header: '项目名称', aliases: [], required: true },
  { key: 'nameEn', header: '英文名称', aliases: ['english name', 'name (english)'], required: false },
  { key: 'level', header: '级别', aliases: [], required: true },
  { key: 'kind', header: '类别', aliases: [], required: true },
  { key: 'urbanCategory', header: '城建类别', aliases: ['urban category'], required: false },
  { key: 'industryChain', header: '产业链', aliases: ['chain', 'industry chain'], required: false },
  { key: 'track', header: '赛道', aliases: [], required: false },
  { key: 'ownerEnterprise', header: '建设单位', aliases: ['owner', '项目业主'], required: false },
  { key: 'location', header: '建设地点', aliases: [], required: false },
  {
    key: 'leadDepartment',
    header: '牵头单位',
    aliases: ['department', 'lead department', '责任单位'],
    required: false,
  },
  {
    key: 'plannedTotalInvestment',
    header: '总投资（亿元）',
    aliases: ['总投资', 'planned total', 'total investment'],
    required: true,
  },
  {
    key: 'plannedAnnualInvestment',
    header: '计划年度投资（亿元）',
    aliases: [
      '计划年度投资',
      '年度计划投资（亿元）',
      '年度计划投资',
      // Templates downloaded before the column lost its year.
      '2024年计划投资（亿元）',
      '2024年计划投资',
      'planned annual investment',
      'planned 2024',
    ],
    required: true,
  },
  {
    key: 'isNewBillionProject',
    header: '过10亿元新落地',
    aliases: ['新落地过10亿元项目', 'new billion project'],
    required: false,
  },
  { key: 'status', header: '状态', aliases: [], required: false },
  { key: 'statusDate', header: '状态日期', aliases: ['status date'], required: false },
  { key: 'notes', header: '备注', aliases: [], required: false },
  { key: 'version', header: '版本', aliases: [], required: false },
  { key: 'investedToDate', header: '年内累计完成投资（亿元）', aliases: [], required: false, readOnly: true },
  { key: 'startedOn', header: '开工日期', aliases: [], required: false, readOnly: true },
  { key: 'inProductionOn', header: '投产日期', aliases: [], required: false, readOnly: true },
  { key: 'completedOn', header: '竣工日期', aliases: [], required: false, readOnly: true },
  { key: 'isDemo', header: '示例数据', aliases: [], required: false, readOnly: true },
];

/** The Chinese words of a coded field, in the code's order: the template's drop-down. */
export function chineseWords<T extends string>(labels: Record<T, Bilingual>): string[] {
  return Object.values<Bilingual>(labels).map((label) => label.zh);
}

export const projectLabels = {
  level: projectLevelLabels,
  kind: projectKindLabels,
  urbanCategory: urbanCategoryLabels,
  industryChain: industryChainLabels,
  track: industryTrackLabels,
  status: projectStatusLabels,
};
