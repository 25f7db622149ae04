/**
 * The words a plan template writes for each choice, and every spelling it accepts back: the Chinese
 * word, the English one, the code, and for comparators the signs and the words plans use
 * (以上, 以内, 左右). Browser-safe.
 */
import type {
  Comparator,
  Derivation,
  Direction,
  Frequency,
  IndicatorKind,
  OrganisationLevel,
  TargetNature,
  Unit,
  WorkItemStatus,
} from '../../../src/domain/model';
import { choiceKey, choiceWords } from '../cellValues';

type Words<T extends string> = Record<T, { zh: string; en: string }>;

export const kindWords: Words<IndicatorKind> = {
  growthRate: { zh: '增速', en: 'Growth rate' },
  cumulativeCount: { zh: '累计个数', en: 'Cumulative count' },
  cumulativeAmount: { zh: '累计金额', en: 'Cumulative amount' },
  deadlineRate: { zh: '分阶段比率', en: 'Staged rate' },
  rank: { zh: '排名', en: 'Rank' },
  qualitative: { zh: '定性', en: 'Qualitative' },
  milestone: { zh: '节点任务', en: 'Milestone' },
};

export const unitWords: Words<Unit> = {
  percent: { zh: '%', en: 'Percent' },
  count: { zh: '个数', en: 'Count' },
  yiYuan: { zh: '亿元', en: '100 million yuan' },
  rank: { zh: '名次', en: 'Place' },
  measure: { zh: '数量', en: 'Quantity' },
  none: { zh: '无', en: 'None' },
};

export const comparatorWords: Words<Comparator> = {
  gt: { zh: '超过', en: 'Above' },
  gte: { zh: '不低于', en: 'At least' },
  eq: { zh: '等于', en: 'Equal to' },
  lte: { zh: '不高于', en: 'At most' },
  lt: { zh: '低于', en: 'Below' },
  approx: { zh: '左右', en: 'Around' },
  range: { zh: '区间', en: 'Range' },
};

/** Signs and plan wording accepted for comparators besides their words. */
const comparatorSpellings: [string, Comparator][] = [
  ['>', 'gt'],
  ['＞', 'gt'],
  ['高于', 'gt'],
  ['>=', 'gte'],
  ['≥', 'gte'],
  ['以上', 'gte'],
  ['=', 'eq'],
  ['达到', 'eq'],
  ['<=', 'lte'],
  ['≤', 'lte'],
  ['以内', 'lte'],
  ['不超过', 'lte'],
  ['<', 'lt'],
  ['＜', 'lt'],
  ['约', 'approx'],
  ['~', 'approx'],
  ['≈', 'approx'],
  ['至', 'range'],
  ['–', 'range'],
];

export const directionWords: Words<Direction> = {
  higherIsBetter: { zh: '越高越好', en: 'Higher is better' },
  lowerIsBetter: { zh: '越低越好', en: 'Lower is better' },
};

export const frequencyWords: Words<Frequency> = {
  monthly: { zh: '按月', en: 'Monthly' },
  quarterly: { zh: '按季', en: 'Quarterly' },
  yearly: { zh: '按年', en: 'Yearly' },
  once: { zh: '一次', en: 'Once' },
};

export const natureWords: Words<TargetNature> = {
  expected: { zh: '预期性', en: 'Expected' },
  binding: { zh: '约束性', en: 'Binding' },
};

export const workItemStatusWords: Words<WorkItemStatus> = {
  notStarted: { zh: '未启动', en: 'Not started' },
  inProgress: { zh: '推进中', en: 'In progress' },
  done: { zh: '已完成', en: 'Done' },
  blocked: { zh: '滞后', en: 'Behind' },
};

export const levelWords: Words<OrganisationLevel> = {
  province: { zh: '省', en: 'Province' },
  city: { zh: '市', en: 'City' },
  county: { zh: '区县', en: 'County' },
  zone: { zh: '开发区', en: 'Development zone' },
};

export const derivationWords: Words<Derivation> = {
  keyProjectStartRate: { zh: '重点项目开工率', en: 'Key project start rate' },
  keyProjectsInProduction: { zh: '重点项目投产数', en: 'Key projects in production' },
  keyProjectInvestment: { zh: '重点项目投资', en: 'Key project investment' },
  newBillionProjects: { zh: '新开工亿元项目', en: 'New projects of 100 million yuan' },
  urbanProjectsCompleted: { zh: '城建项目完工数', en: 'Urban projects completed' },
};

export type ReferenceKind = 'benchmark' | 'indicator';
export const referenceKindWords: Words<ReferenceKind> = {
  benchmark: { zh: '对标序列', en: 'Benchmark series' },
  indicator: { zh: '指标', en: 'Indicator' },
};

/** A choice: how to read it back and what a refusal offers. */
export interface Choice<T extends string> {
  words: Words<T>;
  lookup: ReadonlyMap<string, T>;
  /** The Chinese words, offered when a cell holds none of them. */
  offered: string[];
}

function choice<T extends string>(words: Words<T>, extra: [string, T][] = []): Choice<T> {
  const lookup = choiceWords(words);
  for (const [word, value] of extra) lookup.set(choiceKey(word), value);
  return { words, lookup, offered: Object.values<{ zh: string }>(words).map((word) => word.zh) };
}

export const choices = {
  kind: choice(kindWords),
  unit: choice(unitWords, [
    ['百分比', 'percent'],
    ['个', 'count'],
    ['位', 'rank'],
  ]),
  comparator: choice(comparatorWords, comparatorSpellings),
  direction: choice(directionWords),
  frequency: choice(frequencyWords, [
    ['月度', 'monthly'],
    ['季度', 'quarterly'],
    ['年度', 'yearly'],
  ]),
  nature: choice(natureWords, [
    ['预期', 'expected'],
    ['约束', 'binding'],
  ]),
  level: choice(levelWords, [
    ['省级', 'province'],
    ['市级', 'city'],
    ['县', 'county'],
    ['区', 'county'],
    ['县级', 'county'],
    ['园区', 'zone'],
  ]),
  derivation: choice(derivationWords),
  workItemStatus: choice(workItemStatusWords),
  referenceKind: choice(referenceKindWords, [
    ['序列', 'benchmark'],
    ['本计划指标', 'indicator'],
  ]),
};

/** 是 / 否 as the template writes a flag. */
export function yesNo(flag: boolean): string {
  return flag ? '是' : '否';
}
