/**
 * What an import says about a file or a row, in Chinese or English: what is wrong and how to put
 * it right. Codes are stable (clients and tests may rely on them); the words may change.
 */
import type { MessageLocale } from '../http/locale';

export interface IssueParams {
  /** The offending text as the file has it. */
  text?: string;
  /** Column headers, ids or choices, joined for the message. */
  list?: string[];
  count?: number;
  max?: number;
  min?: number;
  row?: number;
  year?: number;
  date?: string;
  department?: string | null;
  /** A stored figure or project, described for people (value, who, when). */
  current?: string;
  version?: number | null;
  /** The figure to type instead (a decimal comma written with a point, a number without its unit). */
  suggestion?: string;
}

type Message = (params: IssueParams) => string;

function joined(list: string[] | undefined, locale: MessageLocale): string {
  return (list ?? []).join(locale === 'zh' ? '、' : ', ');
}

function range(params: IssueParams, locale: MessageLocale): string {
  if (params.max === undefined)
    return locale === 'zh' ? `不能小于 ${params.min}` : `must be at least ${params.min}`;
  return locale === 'zh'
    ? `应在 ${params.min} 到 ${params.max} 之间`
    : `must be between ${params.min} and ${params.max}`;
}

const messages = {
  // ---- the whole file ----
  unreadableFile: {
    zh: () => '无法读取此文件：请上传 Excel（.xlsx）或 CSV 文件',
    en: () => 'This file cannot be read: upload an Excel (.xlsx) or CSV file',
  },
  legacyExcel: {
    zh: () => '不支持旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后再导入',
    en: () => 'Old Excel (.xls) files are not supported: save it as .xlsx or CSV in Excel first',
  },
  unpackedTooLarge: {
    zh: () => '文件内容过多，无法读取：请删去多余的工作表或行后再导入',
    en: () => 'The file holds too much to read: remove extra sheets or rows and try again',
  },
  noFile: {
    zh: () => '没有收到文件：请选择要导入的文件',
    en: () => 'No file was received: choose a file to import',
  },
  emptySheet: {
    zh: () => '工作表中没有数据行：请在标题行下方填写数据',
    en: () => 'The sheet has no data rows: fill in rows below the header',
  },
  missingHeader: {
    zh: () => '第一行不是标题行：请使用下载的模板，保留第一行的列名',
    en: () => 'The first row is not a header: use the downloaded template and keep its first row',
  },
  missingColumns: {
    zh: (p) => `缺少列：${joined(p.list, 'zh')}`,
    en: (p) => `Missing columns: ${joined(p.list, 'en')}`,
  },
  unknownColumns: {
    zh: (p) => `无法识别的列：${joined(p.list, 'zh')}（请使用模板中的列名）`,
    en: (p) => `Unknown columns: ${joined(p.list, 'en')} (use the template's column names)`,
  },
  duplicateColumns: {
    zh: (p) => `列名重复：${joined(p.list, 'zh')}`,
    en: (p) => `Columns given twice: ${joined(p.list, 'en')}`,
  },
  tooManyRows: {
    zh: (p) => `文件有 ${p.count} 行数据，超过每次最多 ${p.max} 行的上限：请分批导入`,
    en: (p) => `The file has ${p.count} data rows, more than the limit of ${p.max} per import: split it up`,
  },
  // ---- cells ----
  mergedCells: {
    zh: (p) => `合并单元格 ${p.text}：请取消合并，每个单元格单独填写`,
    en: (p) => `Merged cells ${p.text}: unmerge them and fill in each cell`,
  },
  formulaWithoutResult: {
    zh: () => '公式没有计算结果：请在 Excel 中重新计算并保存，或直接填写数值',
    en: () => 'The formula has no calculated result: recalculate and save in Excel, or type the value',
  },
  cellError: {
    zh: (p) => `单元格是错误值 ${p.text}`,
    en: (p) => `The cell holds the error ${p.text}`,
  },
  required: {
    zh: () => '必须填写',
    en: () => 'Required',
  },
  notANumber: {
    zh: (p) => `“${p.text}”不是数字`,
    en: (p) => `"${p.text}" is not a number`,
  },
  decimalComma: {
    zh: (p) => `“${p.text}”含小数逗号，请用小数点写成 ${p.suggestion}`,
    en: (p) => `"${p.text}" has a decimal comma: write it with a point, ${p.suggestion}`,
  },
  unitTyped: {
    zh: (p) => `“${p.text}”带了单位，请只填数字，如 ${p.suggestion}`,
    en: (p) => `"${p.text}" carries a unit: type the number only, e.g. ${p.suggestion}`,
  },
  farFromHistory: {
    zh: (p) =>
      `与该指标${p.date}的数据 ${p.current} 相差过大，导入不接受；如确属实，请在填报页面填写并说明原因`,
    en: (p) =>
      `Far from the indicator's figure for ${p.date} (${p.current}), so the import does not take it; if it is right, enter it on the entry page with a reason`,
  },
  wholeNumber: {
    zh: () => '应为整数',
    en: () => 'Must be a whole number',
  },
  outOfRange: {
    zh: (p) => range(p, 'zh'),
    en: (p) => range(p, 'en'),
  },
  tooLong: {
    zh: (p) => `不能超过 ${p.max} 个字`,
    en: (p) => `At most ${p.max} characters`,
  },
  invalidDate: {
    zh: (p) => `“${p.text}”不是日期：请写成 2024-03-31`,
    en: (p) => `"${p.text}" is not a date: write it as 2024-03-31`,
  },
  invalidPeriod: {
    zh: (p) => `“${p.text}”不是期间：请写成 2024-03`,
    en: (p) => `"${p.text}" is not a period: write it as 2024-03`,
  },
  invalidChoice: {
    zh: (p) => `“${p.text}”无效，可填：${joined(p.list, 'zh')}`,
    en: (p) => `"${p.text}" is not allowed; use one of: ${joined(p.list, 'en')}`,
  },
  invalidVersion: {
    zh: (p) => `版本“${p.text}”无效：应为正整数，新数据留空`,
    en: (p) => `The version "${p.text}" is not valid: a positive whole number, blank for new data`,
  },
  duplicateRow: {
    zh: (p) => `与第 ${p.row} 行重复`,
    en: (p) => `Repeats row ${p.row}`,
  },
  // ---- figures ----
  unknownIndicator: {
    zh: (p) => `未知的指标编号“${p.text}”`,
    en: (p) => `Unknown indicator id "${p.text}"`,
  },
  derived: {
    zh: () => '此指标由项目库自动计算，不能导入',
    en: () => 'This indicator is computed from the project registry and cannot be imported',
  },
  notPermitted: {
    zh: (p) =>
      p.department
        ? `你没有填报“${p.department}”牵头指标的权限`
        : '此指标尚未设置牵头单位，只有管理员可以填报',
    en: (p) =>
      p.department
        ? `You may not write figures led by "${p.department}"`
        : 'This indicator has no lead department yet: only administrators may write it',
  },
  milestoneFlag: {
    zh: () => '应填 1（已完成）或 0（未完成）',
    en: () => 'Use 1 (done) or 0 (not done)',
  },
  judgementRequired: {
    zh: () => '请填写研判：正常推进、需关注或滞后',
    en: () => 'Give a judgement: 正常推进, 需关注 or 滞后',
  },
  judgementNotAllowed: {
    zh: () => '该指标不填研判',
    en: () => 'This indicator takes no judgement',
  },
  achievedOnRequired: {
    zh: () => '已完成时请填写完成日期',
    en: () => 'Give the day it was done',
  },
  achievedOnNotAllowed: {
    zh: () => '未完成或非节点类指标不填完成日期',
    en: () => 'Only a done milestone takes a completion date',
  },
  achievedOnInFuture: {
    zh: () => '完成日期不能晚于今天',
    en: () => 'The completion date cannot be after today',
  },
  periodOutsidePlanYear: {
    zh: (p) => `期间不在计划年度（${p.year}年）内`,
    en: (p) => `The period is outside the plan year (${p.year})`,
  },
  periodInFuture: {
    zh: () => '不能导入未来期间的数据',
    en: () => 'Figures for future periods cannot be imported',
  },
  periodOffRhythm: {
    zh: () => '该指标在此期间不报送（按季度的在 3、6、9、12 月，按年度的在 12 月）',
    en: () => 'This indicator does not report in this period (quarterly: Mar, Jun, Sep, Dec; yearly: Dec)',
  },
  conflict: {
    zh: (p) =>
      `数据已被他人修改：当前为 ${p.current}（版本 ${p.version}），文件中的版本是 ${p.text || '空'}。请重新下载模板后再导入`,
    en: (p) =>
      `Someone changed this meanwhile: it is now ${p.current} (version ${p.version}), the file says version ${p.text || 'blank'}. Download the template again`,
  },
  conflictNoFigure: {
    zh: (p) => `版本不符：该期尚无数据，版本应留空（文件中为 ${p.text}）`,
    en: (p) =>
      `Version mismatch: nothing is stored for this period, leave the version blank (the file says ${p.text})`,
  },
  // ---- projects ----
  invalidProjectId: {
    zh: (p) => `项目编号“${p.text}”无效：只能用小写字母、数字和短横线，如 kp-017；新项目可留空`,
    en: (p) =>
      `The project id "${p.text}" is not valid: lower-case letters, digits and dashes, e.g. kp-017; blank for a new project`,
  },
  projectInOtherPlan: {
    zh: (p) => `项目编号“${p.text}”已被其他计划使用`,
    en: (p) => `The project id "${p.text}" belongs to another plan`,
  },
  sameNameProject: {
    zh: (p) => `已有同名项目（编号 ${p.text}）：要修改它，请填写该项目编号`,
    en: (p) => `A project of this name exists (id ${p.text}): give its id to change it`,
  },
  newProjectVersion: {
    zh: () => '新项目的版本应留空',
    en: () => 'Leave the version blank for a new project',
  },
  projectConflict: {
    zh: (p) => `项目已被他人修改：当前版本 ${p.version}，文件中为 ${p.text || '空'}。请重新导出后再导入`,
    en: (p) =>
      `Someone changed this project meanwhile: it is at version ${p.version}, the file says ${p.text || 'blank'}. Export again`,
  },
  projectNotPermitted: {
    zh: (p) =>
      p.department ? `你没有编辑“${p.department}”牵头项目的权限` : '未设置牵头单位的项目只有管理员可以编辑',
    en: (p) =>
      p.department
        ? `You may not edit projects led by "${p.department}"`
        : 'Only administrators may edit projects without a lead department',
  },
  urbanCategoryRequired: {
    zh: () => '城建重点工程须填写城建类别',
    en: () => 'An urban construction project needs a category',
  },
  urbanCategoryNotAllowed: {
    zh: () => '只有城建重点工程填写城建类别',
    en: () => 'Only urban construction projects take a category',
  },
  chainNotAllowed: {
    zh: () => '城建重点工程不填产业链',
    en: () => 'Urban construction projects take no industry chain',
  },
  trackOutsideChain: {
    zh: () => '赛道须属于所填的产业链',
    en: () => 'The track must belong to the industry chain given',
  },
  plannedAboveTotal: {
    zh: () => '年度计划投资不能超过总投资',
    en: () => 'The year’s planned investment cannot exceed the total investment',
  },
  statusDateRequired: {
    zh: () => '状态变化时请填写状态日期',
    en: () => 'Give the date of the status change',
  },
  statusDateInFuture: {
    zh: () => '状态日期不能晚于今天',
    en: () => 'The status date cannot be after today',
  },
  statusDateBeforeLast: {
    zh: (p) => `状态日期不能早于上次状态变化（${p.date}）`,
    en: (p) => `The status date cannot be before the last status change (${p.date})`,
  },
  statusDateFixed: {
    zh: (p) => `状态未变时不能修改状态日期（当前为 ${p.date}）`,
    en: (p) => `The status did not change, so its date cannot either (it is ${p.date})`,
  },
  invalidProject: {
    zh: () => '项目信息不完整或不一致',
    en: () => 'The project is incomplete or inconsistent',
  },
} satisfies Record<string, Record<MessageLocale, Message>>;

export type IssueCode = keyof typeof messages;

export function issueMessage(code: IssueCode, locale: MessageLocale, params: IssueParams = {}): string {
  return messages[code][locale](params);
}
