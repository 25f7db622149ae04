/**
 * The plan model: a zone's yearly plan, its "1310" frame, and the indicators and work items
 * that track it. Schemas are zod so that the API contract, the server and the client share one
 * definition; the inferred types are the domain's types.
 */
import { z } from 'zod';
import { numberInRange } from './numberRange';
import { periodPattern } from './period';

/**
 * The largest magnitude of any figure, target or tolerance: far beyond any real one (a district's
 * GDP is some hundreds of 亿元), and small enough that sums and ratios of figures stay finite.
 */
export const maxFigureMagnitude = 1e9;
/** A finite figure within ±maxFigureMagnitude. */
export const figureNumberSchema = numberInRange({ min: -maxFigureMagnitude, max: maxFigureMagnitude });

/** Text that the UI shows in Chinese first and English second. */
export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;

/** A calendar month inside the plan year, `YYYY-MM`; cumulative figures are "through the end of" it. */
export const periodSchema = z.string().regex(periodPattern, 'period must look like 2024-03');
export type Period = z.infer<typeof periodSchema>;

/** Whether `YYYY-MM-DD` names a day of the calendar: 2024-02-29 does, 2024-02-31 and 2024-99-99 do not. */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date, `YYYY-MM-DD`, that exists. */
/** What a refused date is told, in the zod issue the server turns into a bilingual message. */
export const calendarDateIssue = 'date must be a day of the calendar (2024-02-29 is, 2024-02-31 is not)';
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, calendarDateIssue)
  .refine(isCalendarDate, calendarDateIssue);
export type IsoDate = z.infer<typeof isoDateSchema>;

export const indicatorKinds = [
  'growthRate', // 增速: cumulative year on year, percent
  'cumulativeCount', // 累计个数
  'cumulativeAmount', // 累计金额, 亿元
  'deadlineRate', // a rate with dated thresholds, e.g. 开工率 >90% by Q1, 100% by H1
  'rank', // rank within the city, 1 is first
  'qualitative', // 量稳质升: a status people judge, with supporting figures
  'milestone', // done / not done, with a date
] as const;
export const indicatorKindSchema = z.enum(indicatorKinds);
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

/**
 * How a figure is counted and formatted. `measure` is a quantity in the unit the plan writes
 * (`unitLabel`: 万人, 万吨, 亿美元, 亿斤 …) and takes decimals (3.3万人); `count` is a whole number
 * of things (个 by default, or the `unitLabel` as written: 家, 项).
 */
export const unitSchema = z.enum(['percent', 'count', 'yiYuan', 'rank', 'measure', 'none']);
export type Unit = z.infer<typeof unitSchema>;

/** Whether a larger value is better (GDP growth) or a smaller one (a rank). */
export const directionSchema = z.enum(['higherIsBetter', 'lowerIsBetter']);
export type Direction = z.infer<typeof directionSchema>;

export const frequencySchema = z.enum(['monthly', 'quarterly', 'yearly', 'once']);
export type Frequency = z.infer<typeof frequencySchema>;

/**
 * How the actual must compare with the threshold value, as plans word it:
 * 超过90% `gt`, 10个以上 / 不低于 `gte`, 达到 `eq`, 以内 / 不超过 `lte`, 低于 `lt`,
 * 6%左右 `approx` (on target within ± `band`), 4.5%–5% / 保持在合理区间 `range` (`value` to `valueMax`).
 * 保持正增长 is `gt` 0.
 */
export const comparatorSchema = z.enum(['gt', 'gte', 'eq', 'lte', 'lt', 'approx', 'range']);
export type Comparator = z.infer<typeof comparatorSchema>;

/**
 * One dated target. An indicator has one or more; each applies at its deadline.
 * With a `reference` on the indicator, `value` is the margin over the reference's figure
 * (高于全省 is `gt` 0; 与经济增长同步 is `approx` 0 with a band).
 */
export const thresholdSchema = z.object({
  value: figureNumberSchema,
  /** The upper bound of a `range`; absent otherwise. */
  valueMax: figureNumberSchema.optional(),
  /** The half-width of an `approx` target, in the indicator's unit (百分点 for rates); absent takes the default. */
  band: z.number().finite().positive().optional(),
  comparator: comparatorSchema,
  deadline: isoDateSchema,
});
export type Threshold = z.infer<typeof thresholdSchema>;

/**
 * What a relative target is measured against: a benchmark series an admin enters month by month
 * (全省, 全市平均), or another indicator of the same plan (与经济增长同步).
 */
export const targetReferenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('benchmark'), seriesId: z.string().min(1) }),
  z.object({ kind: z.literal('indicator'), indicatorId: z.string().min(1) }),
]);
export type TargetReference = z.infer<typeof targetReferenceSchema>;

/** 约束性 (binding, set by the level above) or 预期性 (expected). */
export const targetNatureSchema = z.enum(['expected', 'binding']);
export type TargetNature = z.infer<typeof targetNatureSchema>;

/**
 * Per-indicator override of the status tolerances. For growth and deadline rates both are in
 * percentage points below target; for cumulative figures both are shares of the schedule (0.9 = 90%).
 */
export const tolerancesSchema = z.object({
  attention: figureNumberSchema,
  behind: figureNumberSchema,
});
export type Tolerances = z.infer<typeof tolerancesSchema>;

/** A planner's own expected path, replacing the pro-rata schedule (序时进度) when set. */
export const plannedPointSchema = z.object({ period: periodSchema, value: figureNumberSchema });
export type PlannedPoint = z.infer<typeof plannedPointSchema>;

/** Indicators computed from the project registry instead of being typed in. */
export const derivationSchema = z.enum([
  'keyProjectStartRate',
  'keyProjectsInProduction',
  'keyProjectInvestment',
  'newBillionProjects',
  'urbanProjectsCompleted',
]);
export type Derivation = z.infer<typeof derivationSchema>;

/** The verbatim sentence of the source article a target comes from. */
export const sourceQuoteSchema = z.string().min(4);

export const indicatorSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  /** The campaign action it belongs to; null for the plan's main expected targets (主要预期目标). */
  actionId: z.string().nullable(),
  isMainTarget: z.boolean(),
  order: z.number().int(),
  name: bilingualSchema,
  kind: indicatorKindSchema,
  unit: unitSchema,
  /** The unit as the plan writes it, for `measure` and `count` (万人 / 10k people, 家 / firms); null for the unit's own words. */
  unitLabel: bilingualSchema.nullable().default(null),
  direction: directionSchema,
  frequency: frequencySchema,
  /** Empty only for qualitative indicators, which are judged rather than measured. */
  thresholds: z.array(thresholdSchema),
  /** The target as the plan words it, e.g. 量稳质升 for qualitative ones. */
  targetText: bilingualSchema,
  tolerances: tolerancesSchema.nullable(),
  plannedPath: z.array(plannedPointSchema).nullable(),
  /** 牵头单位: editable, blank at first (the plan does not name it). */
  leadDepartment: z.string().nullable(),
  dataSource: bilingualSchema,
  /** 口径: the statistical definition. */
  definition: bilingualSchema.nullable(),
  sourceQuote: sourceQuoteSchema,
  derivation: derivationSchema.nullable(),
  /** A relative target's yardstick; null for a target against fixed figures. */
  reference: targetReferenceSchema.nullable().default(null),
  /** 约束性 or 预期性, shown on every card and slide. */
  nature: targetNatureSchema.default('expected'),
  /** 责任单位: departments that contribute beside the lead. */
  contributingDepartments: z.array(z.string()).default([]),
  /** The same indicator in last year's plan, whose final figure shows as 上年实际. */
  previousYearIndicatorId: z.string().nullable().default(null),
  /** Retired items keep their figures and history and can be restored; nothing with figures is deleted. */
  retired: z.boolean().default(false),
  /**
   * The day of the month after a period by which its figure is due, set by an admin; null takes the
   * plan's, then the default of its frequency (src/domain/reportingCalendar.ts). Left out (as in
   * documents stored before it existed) it counts as null.
   */
  reportingDueDay: z.number().int().min(1).max(31).nullable().optional(),
  version: z.number().int().positive(),
  updatedAt: z.string(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** What an indicator is when a plan does not say otherwise: no written unit, no yardstick, 预期性, in force. */
export const indicatorDefaults = {
  unitLabel: null,
  reference: null,
  nature: 'expected',
  contributingDepartments: [],
  previousYearIndicatorId: null,
  retired: false,
} as const satisfies Partial<Indicator>;

/** One published figure of a benchmark series for a period (the province's cumulative growth rate to March). */
export const benchmarkPointSchema = z.object({ period: periodSchema, value: figureNumberSchema });
export type BenchmarkPoint = z.infer<typeof benchmarkPointSchema>;

/** Another body's published series that relative targets compare with (全省, 全市平均), entered month by month. */
export const benchmarkSeriesSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  name: bilingualSchema,
  unit: unitSchema,
  points: z.array(benchmarkPointSchema),
  retired: z.boolean().default(false),
  version: z.number().int().positive(),
});
export type BenchmarkSeries = z.infer<typeof benchmarkSeriesSchema>;

/** What people judged of a qualitative indicator: shown as judged, never as computed. */
export const judgementSchema = z.enum(['onTrack', 'needsAttention', 'behind']);
export type Judgement = z.infer<typeof judgementSchema>;

/** The figure of one indicator for one period, as it stood at a point in time. */
export const indicatorValueSchema = z.object({
  indicatorId: z.string(),
  period: periodSchema,
  /** Numeric actual; for a milestone 1 = done, 0 = not done. Null for a purely judged value. */
  value: figureNumberSchema.nullable(),
  judgement: judgementSchema.nullable(),
  /** For a milestone: the day it was achieved. */
  achievedOn: isoDateSchema.nullable(),
  note: z.string().nullable(),
  source: z.string().nullable(),
  isDemo: z.boolean(),
  recordedBy: z.string(),
  /** When this figure was entered: the as-of view uses only figures recorded by its cut-off. */
  recordedAt: z.string(),
  version: z.number().int().positive(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const workItemStatusSchema = z.enum(['notStarted', 'inProgress', 'done', 'blocked']);
export type WorkItemStatus = z.infer<typeof workItemStatusSchema>;

export const progressNoteSchema = z.object({
  date: isoDateSchema,
  text: z.string().min(1),
  author: z.string(),
});
export type ProgressNote = z.infer<typeof progressNoteSchema>;

/** A direction of work that carries no number (方向性工作). */
export const workItemSchema = z.object({
  id: z.string(),
  planId: z.string(),
  actionId: z.string(),
  order: z.number().int(),
  title: bilingualSchema,
  status: workItemStatusSchema,
  owner: z.string().nullable(),
  sourceQuote: sourceQuoteSchema,
  notes: z.array(progressNoteSchema),
  retired: z.boolean().default(false),
  version: z.number().int().positive(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

export const centralTaskSchema = z.object({
  id: z.string(),
  order: z.number().int(),
  name: bilingualSchema,
  retired: z.boolean().default(false),
});
export type CentralTask = z.infer<typeof centralTaskSchema>;

export const campaignActionSchema = z.object({
  id: z.string(),
  order: z.number().int(),
  name: bilingualSchema,
  /** Which central tasks it serves; the article does not say, so an admin sets it. */
  centralTaskIds: z.array(z.string()),
  sourceQuote: sourceQuoteSchema,
  retired: z.boolean().default(false),
});
export type CampaignAction = z.infer<typeof campaignActionSchema>;

export const sourceDocumentSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  meetingOn: isoDateSchema,
  publishedOn: isoDateSchema,
});

/** 省 / 市 / 区县 / 开发区. */
export const organisationLevelSchema = z.enum(['province', 'city', 'county', 'zone']);
export type OrganisationLevel = z.infer<typeof organisationLevelSchema>;

/** The plan years the product accepts. */
export const planYearSchema = z.number().int().min(2000).max(2100);

export const planSummarySchema = z.object({
  id: z.string(),
  /** The organisation whose plan it is (its name; the field keeps its first name). */
  zone: bilingualSchema,
  organisationLevel: organisationLevelSchema.default('zone'),
  year: planYearSchema,
  title: bilingualSchema,
  sourceDocument: sourceDocumentSchema,
  /** 预期 or 约束: the nature its targets take unless an indicator says otherwise. */
  nature: targetNatureSchema.default('expected'),
  /** The plan it was copied from (last year's), or null. */
  copiedFromPlanId: z.string().nullable().default(null),
  archived: z.boolean().default(false),
  version: z.number().int().positive().default(1),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planSchema = planSummarySchema.extend({
  /** The frame's name as the plan gives it: "1310工作体系", "五大攻坚行动"; null when it has none. */
  frameName: bilingualSchema.nullable().default(null),
  /** The source document's full text, kept so every target can be traced to its sentence. */
  sourceText: z.string().default(''),
  goal: z.object({ text: bilingualSchema, sourceQuote: sourceQuoteSchema }),
  centralTasks: z.array(centralTaskSchema),
  actions: z.array(campaignActionSchema),
  /**
   * The plan's due day of the month after a period, for indicators that set none; null takes the
   * default of each indicator's frequency (src/domain/reportingCalendar.ts).
   */
  reportingDueDay: z.number().int().min(1).max(31).nullable().optional(),
});
export type Plan = z.infer<typeof planSchema>;

/** A department of an organisation: 牵头单位 of some indicators, 责任单位 of others. */
export const departmentSchema = z.object({
  id: z.string().min(1),
  /** The organisation's name (zh), as on its plans. */
  organisation: z.string().min(1),
  name: bilingualSchema,
  retired: z.boolean().default(false),
  version: z.number().int().positive(),
});
export type Department = z.infer<typeof departmentSchema>;
