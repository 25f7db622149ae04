/**
 * What the reader of a work report proposes: targets, each traced to the words it comes from,
 * and the frame (goal, central tasks, actions) when the text names one.
 */

/** How the actual must compare with the value; `approx` is 左右, `range` is 4.5%–5%. */
export const draftComparators = ['gte', 'gt', 'lte', 'lt', 'eq', 'approx', 'range', 'qualitative'] as const;
export type DraftComparator = (typeof draftComparators)[number];

/** A hint for the kind of indicator the target becomes. */
export const draftKinds = [
  'growthRate', // 增长6%: a year-on-year rate
  'rate', // a level in percent: 城镇调查失业率5.5%, 资金到位率50%
  'deadlineRate', // a rate due before the year ends: 一季度开工率超过90%
  'cumulativeAmount', // 80亿元, 715亿斤
  'cumulativeCount', // 10个以上, 85万人
  'rank', // 保持全市领先
  'qualitative', // 量稳质升
  'milestone', // 成立……委员会
  'relative', // 高于全省, 与经济增长同步
] as const;
export type DraftKind = (typeof draftKinds)[number];

export type DraftDirection = 'higherIsBetter' | 'lowerIsBetter';

export interface DraftTarget {
  /** The clause the target comes from, exactly as it stands in the text. */
  sentence: string;
  /** Where `sentence` starts in the text (UTF-16 offset). */
  at: number;
  name: { zh: string };
  kind: DraftKind;
  comparator: DraftComparator;
  value: number | null;
  /** The upper end of a range (4.5%–5%); null otherwise. */
  valueMax: number | null;
  /** How far from an approximate (左右) value still counts as on target; editable. */
  band: number | null;
  /** The unit as written: %, 万人, 亿元, 个 …; null for targets without a figure. */
  unit: string | null;
  /** ISO date the target is due, or null when the plan year is unknown. */
  deadline: string | null;
  direction: DraftDirection;
  /** 约束性: the figure is set by the level above (完成省下达的……). */
  binding: boolean;
  /** What a relative target is compared with: 全省, 全市, 经济增长. */
  benchmark: string | null;
  /** The action (攻坚行动) the target sits under, or null for the main targets. */
  actionName: string | null;
}

export interface DraftFrame {
  /** The number the frame is known by, e.g. "1310". */
  code: string | null;
  goal: string | null;
  tasks: string[];
  actions: string[];
}

export interface PlanDraft {
  year: number | null;
  targets: DraftTarget[];
  frame: DraftFrame | null;
}
