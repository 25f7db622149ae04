/**
 * Targets without a figure of their own, read from how a clause ends: 保持正增长, 量稳质升,
 * 与经济增长同步, 高于全省, 保持在合理区间, 保持全市领先, 完成省下达的……约束性指标, 成立……委员会.
 */
import type { DraftComparator, DraftKind } from './types';

export interface PredicateReading {
  /** Where the predicate starts in the text read; the words before it are the subject. */
  index: number;
  kind: DraftKind;
  comparator: DraftComparator;
  value: number | null;
  unit: string | null;
  binding: boolean;
  benchmark: string | null;
  /** A name the predicate itself gives (成立招商“专家咨询委员会”), used when the subject is empty. */
  ownName: string | null;
}

type Reader = (text: string) => PredicateReading | null;

const base = { value: null, unit: null, binding: false, benchmark: null, ownName: null };

const at = (pattern: RegExp, read: (match: RegExpExecArray) => Omit<PredicateReading, 'index'>): Reader => (text) => {
  const match = pattern.exec(text);
  return match ? { index: match.index, ...read(match) } : null;
};

const rankWords: Record<string, number> = { 领先: 1, 第一: 1, 首位: 1 };

const readers: Reader[] = [
  at(/(?:保持|实现)?正增长$/, () => ({ ...base, kind: 'growthRate', comparator: 'gt', value: 0, unit: '%' })),
  at(/(?:实现|保持)?两位数(?:以上)?增长$/, () => ({ ...base, kind: 'growthRate', comparator: 'gte', value: 10, unit: '%' })),
  at(/(?:保持)?[与和同](.{2,12}?)(?:基本)?同步(?:增长)?$/, (match) => ({
    ...base, kind: 'relative', comparator: 'approx', benchmark: match[1]!,
  })),
  at(/(?:保持)?(?:基本)?同步增长$/, () => ({ ...base, kind: 'relative', comparator: 'approx' })),
  at(/(?:增速)?(?:高于|快于|好于)(全国|全省|全市|全区|全县)(?:平均)?(?:水平)?(?:增速)?$/, (match) => ({
    ...base, kind: 'relative', comparator: 'gt', benchmark: match[1]!,
  })),
  at(/(?:保持|处)?在?合理区间$|保持合理水平$/, () => ({ ...base, kind: 'qualitative', comparator: 'range' })),
  at(/(?:继续)?(?:保持|位居|稳居|进入|争创)?(?:全国|全省|全市|全区)(领先|第一|首位)$/, (match) => ({
    ...base, kind: 'rank', comparator: 'lte', value: rankWords[match[1]!]!, unit: '名',
  })),
  at(/(?:继续)?(?:保持|位居|稳居|进入)?(?:全国|全省|全市|全区)前(\d+|[一二三四五六七八九十]+)(?:名|位)?$/, (match) => ({
    ...base, kind: 'rank', comparator: 'lte', value: Number(/\d/.test(match[1]!) ? match[1] : '一二三四五六七八九十'.indexOf(match[1]!) + 1), unit: '名',
  })),
  at(/(?:继续)?(?:保持|位居|稳居|进入)?(?:全国|全省|全市|全区)(?:前列|第一方阵|第一梯队)$/, () => ({
    ...base, kind: 'rank', comparator: 'qualitative',
  })),
  at(/完成(?:[^，,的]{0,8}?)下达的(.+?)(?:等)?(?:任务|指标|目标)$/, (match) => ({
    ...base, kind: 'qualitative', comparator: 'qualitative', binding: true, ownName: match[1]!.replace(/等$/, ''),
  })),
  at(/控制在(?:[^，,]{0,6}?)(?:下达|省定|市定|规定)?(?:的)?目标(?:之内|以内|内)$/, () => ({
    ...base, kind: 'qualitative', comparator: 'lte', binding: true,
  })),
  at(/完成(?:[^，,的]{0,8}?)下达(?:的)?(?:目标任务|任务|指标|目标)$/, () => ({ ...base, kind: 'qualitative', comparator: 'qualitative', binding: true })),
  at(/完成(?:[^，,]{0,12}?)(?:考核|约束性)目标$/, () => ({ ...base, kind: 'qualitative', comparator: 'qualitative', binding: true })),
  at(
    /(?:量稳质升|稳量提质|稳中提质|促稳提质|稳中有升|稳中有进|稳中向好|平稳向好|向好|持续改善|明显改善|持续提升|稳步提升|基本平衡|总体平稳|平稳运行|较快增长|稳定增长|稳步增长|合理增长|平稳增长|保持稳定|稳定向好|持续向好)$/,
    () => ({ ...base, kind: 'qualitative', comparator: 'qualitative' }),
  ),
  at(/^(?:成立|建立|组建|设立|出台|建成)[^，,]*?(?:委员会|机制|专班|基金|中心|联盟|制度)[”"]?$/, (match) => ({
    ...base, kind: 'milestone', comparator: 'gte', value: 1, ownName: match[0],
  })),
];

/** How a clause without a figure states a target, or null when it states none. */
export function readPredicate(text: string): PredicateReading | null {
  for (const reader of readers) {
    const reading = reader(text);
    if (reading) return reading;
  }
  return null;
}
