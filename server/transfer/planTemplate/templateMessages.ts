/**
 * What a plan template import says about a sheet or a row, in Chinese or English, beyond what
 * every import says (../issueMessages.ts): sheets missing or unknown, ids repeated or pointing
 * nowhere, unknown departments. Codes are stable; the words may change.
 */
import type { MessageLocale } from '../../http/locale';
import { issueMessage, type IssueCode, type IssueParams } from '../issueMessages';

export interface TemplateParams extends IssueParams {
  /** The sheet an id should come from. */
  sheet?: string;
}

type Message = (params: TemplateParams) => string;

const list = (items: string[] | undefined, locale: MessageLocale) =>
  (items ?? []).join(locale === 'zh' ? '、' : ', ') || (locale === 'zh' ? '（无）' : '(none)');

const messages = {
  missingSheets: {
    zh: (p) => `缺少工作表：${list(p.list, 'zh')}`,
    en: (p) => `Sheets missing: ${list(p.list, 'en')}`,
  },
  unknownSheets: {
    zh: (p) =>
      `无法识别的工作表：${list(p.list, 'zh')}；模板的工作表为：计划、中心任务、攻坚行动、指标、更多目标值、序时计划、工作事项、工作进展、部门、对标序列、对标数据`,
    en: (p) =>
      `Sheets not recognised: ${list(p.list, 'en')}; the template's sheets are Plan, Central tasks, Actions, Indicators, Further targets, Planned path, Work items, Work item progress, Departments, Benchmark series, Benchmark figures`,
  },
  missingPlanFields: {
    zh: (p) => `“计划”表缺少项目：${list(p.list, 'zh')}`,
    en: (p) => `The plan sheet lacks: ${list(p.list, 'en')}`,
  },
  unknownPlanField: {
    zh: (p) => `未知的项目“${p.text}”，可填：${list(p.list, 'zh')}`,
    en: (p) => `Unknown field "${p.text}"; use one of: ${list(p.list, 'en')}`,
  },
  repeatedPlanField: {
    zh: (p) => `项目“${p.text}”与第 ${p.row} 行重复`,
    en: (p) => `The field "${p.text}" repeats row ${p.row}`,
  },
  duplicateId: {
    zh: (p) => `编号“${p.text}”与第 ${p.row} 行重复：每个编号只能用一次`,
    en: (p) => `The id "${p.text}" repeats row ${p.row}: each id may be used once`,
  },
  unknownId: {
    zh: (p) => `“${p.text}”不是“${p.sheet}”表中的编号`,
    en: (p) => `"${p.text}" is not an id of the ${p.sheet} sheet`,
  },
  referenceIncomplete: {
    zh: () => '“参照类型”和“参照编号”应同时填写，或同时留空',
    en: () => 'Fill in both the reference kind and the reference, or neither',
  },
  targetIncomplete: {
    zh: () => '填了目标值的一部分：比较方式和目标值应同时填写',
    en: () => 'Part of a target is filled in: a comparator and a value go together',
  },
  tolerancesIncomplete: {
    zh: () => '“需关注容差”和“滞后容差”应同时填写，或同时留空',
    en: () => 'Fill in both tolerances, or neither',
  },
  unknownDepartment: {
    zh: (p) => `未知的部门“${p.text}”：应为“部门”表或已登记的部门之一：${list(p.list, 'zh')}`,
    en: (p) =>
      `Unknown department "${p.text}": it must be on the Departments sheet or registered: ${list(p.list, 'en')}`,
  },
  retiredDepartment: {
    zh: (p) => `部门“${p.text}”已停用：请先在部门管理中恢复，或改用其他部门`,
    en: (p) => `The department "${p.text}" is retired: restore it under Departments first, or use another`,
  },
  unknownPreviousIndicator: {
    zh: (p) => `上年指标“${p.text}”不存在：应为已有计划中的指标编号，或留空`,
    en: (p) =>
      `Last year's indicator "${p.text}" does not exist: give an indicator id of a stored plan, or leave it blank`,
  },
  quoteTooShort: {
    zh: () => '原文至少 4 个字',
    en: () => 'A source sentence has at least 4 characters',
  },
  definition: {
    zh: (p) => p.text ?? '',
    en: (p) => p.text ?? '',
  },
} satisfies Record<string, Record<MessageLocale, Message>>;

export type TemplateCode = keyof typeof messages | IssueCode;

export function templateMessage(
  code: TemplateCode,
  locale: MessageLocale,
  params: TemplateParams = {},
): string {
  if (code in messages) return messages[code as keyof typeof messages][locale](params);
  return issueMessage(code as IssueCode, locale, params);
}
