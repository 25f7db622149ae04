/**
 * Plans as data: creating, editing, copying and archiving plans, and editing their frame (central
 * tasks, campaign actions), indicators, work items, benchmark series and the departments of each
 * organisation. Every write is admin-only except a work item's progress (also the editors of its
 * lead department); every write names the version it read and answers 409 with what is stored now
 * when that is stale; nothing is ever deleted: retired items keep their history and can be restored.
 *
 * | method | path | body | answer |
 * |---|---|---|---|
 * | GET | /api/plans | | `{ plans }` (plansResponseSchema, src/api/contract.ts) |
 * | POST | /api/plans | newPlanBodySchema | 201 `{ plan }` |
 * | PATCH | /api/plans/:planId | planPatchBodySchema | `{ plan }` |
 * | POST | /api/plans/:planId/copy | planCopyBodySchema `{ "year": 2025 }` | 201 `{ plan }`, the new plan |
 * | POST | /api/plans/:planId/central-tasks | centralTaskBodySchema | 201 `{ plan, centralTask }` |
 * | PATCH | /api/plans/:planId/central-tasks/:taskId | centralTaskPatchBodySchema | `{ plan, centralTask }` |
 * | POST | /api/plans/:planId/actions | actionBodySchema | 201 `{ plan, action }` |
 * | PATCH | /api/plans/:planId/actions/:actionId | actionPatchBodySchema, or the older actionTasksBodySchema | `{ plan, action }` |
 * | POST | /api/plans/:planId/{central-tasks,actions}/:id/{retire,restore} | retireBodySchema (the plan version) | `{ plan, … }` |
 * | GET | /api/plans/:planId/indicators?retired=include | | `{ indicators }` |
 * | POST | /api/plans/:planId/indicators | indicatorBodySchema | 201 `{ indicator }` |
 * | PATCH | /api/plans/:planId/indicators/:indicatorId | indicatorEditBodySchema | `{ indicator }` |
 * | POST | /api/plans/:planId/indicators/:indicatorId/{retire,restore} | retireBodySchema | `{ indicator }` |
 * | POST | /api/plans/:planId/lead-departments | leadDepartmentsBodySchema | `{ indicators }` |
 * | POST | /api/plans/:planId/work-items | workItemBodySchema | 201 `{ workItem }` |
 * | PATCH | /api/plans/:planId/work-items/:workItemId | workItemPatchBodySchema | `{ workItem }` |
 * | POST | /api/plans/:planId/work-items/:workItemId/{retire,restore} | retireBodySchema | `{ workItem }` |
 * | POST | /api/plans/:planId/work-items/:workItemId/progress | workItemProgressBodySchema (admin or the lead department's editors) | `{ workItem }` |
 * | GET | /api/plans/:planId/benchmarks | | `{ benchmarks }` |
 * | POST | /api/plans/:planId/benchmarks | benchmarkBodySchema | 201 `{ series }` |
 * | PATCH | /api/plans/:planId/benchmarks/:seriesId | benchmarkPatchBodySchema | `{ series }` |
 * | PUT | /api/plans/:planId/benchmarks/:seriesId/points | benchmarkPointsBodySchema | `{ series }` |
 * | POST | /api/plans/:planId/benchmarks/:seriesId/{retire,restore} | retireBodySchema | `{ series }` |
 * | PUT | /api/plans/:planId/order | reorderBodySchema: one list's whole new order | `{ plan }`, `{ indicators }` or `{ workItems }` |
 * | GET | /api/departments?organisation= | | `{ departments }` |
 * | POST | /api/departments | departmentBodySchema | 201 `{ department }` |
 * | PATCH | /api/departments/:departmentId | departmentPatchBodySchema | `{ department }` |
 * | POST | /api/departments/:departmentId/{retire,restore} | retireBodySchema | `{ department }` |
 *
 * A refused body is a 400 `invalidBody` whose `field` names the field (paths as in the body, e.g.
 * `patch.thresholds.0.valueMax`) and whose message says what it may be (不在计划年度（2025年）内).
 */
import { z } from 'zod';
import {
  benchmarkSeriesSchema,
  bilingualSchema,
  campaignActionSchema,
  centralTaskSchema,
  comparatorSchema,
  departmentSchema,
  directionSchema,
  frequencySchema,
  indicatorKindSchema,
  indicatorSchema,
  isoDateSchema,
  organisationLevelSchema,
  periodSchema,
  planSchema,
  planYearSchema,
  sourceQuoteSchema,
  targetNatureSchema,
  targetReferenceSchema,
  unitSchema,
  workItemSchema,
  workItemStatusSchema,
  derivationSchema,
} from '../domain/model';

const noteSchema = z.string().max(2000);
const versionSchema = z.number().int().positive();
const shortText = z.string().trim().max(200);
const idSchema = z.string().min(1).max(80);
/** Numbers are taken as sent and checked with a reason (a band ≤ 0, 1e308) rather than a bare "invalid". */
const numberSchema = z.number();

// ---- plans ----------------------------------------------------------------------------------

export const goalInputSchema = z.object({ text: bilingualSchema, sourceQuote: sourceQuoteSchema }).strict();

/** The source document a plan is taken from: its title, publisher and date(s). */
export const sourceDocumentInputSchema = z
  .object({
    title: shortText,
    publisher: shortText.optional(),
    /** The day it was published. */
    publishedOn: isoDateSchema,
    /** The day of the meeting it reports, when it reports one; the publication day otherwise. */
    meetingOn: isoDateSchema.optional(),
  })
  .strict();

export const newPlanInputSchema = z
  .object({
    /** The organisation whose plan it is (威海市, 威海高区). */
    organisation: bilingualSchema,
    organisationLevel: organisationLevelSchema,
    year: planYearSchema,
    title: bilingualSchema,
    nature: targetNatureSchema.optional(),
    frameName: bilingualSchema.nullable().optional(),
    goal: goalInputSchema.optional(),
    sourceDocument: sourceDocumentInputSchema.optional(),
    /** The source document's full text. */
    sourceText: z.string().max(200_000).optional(),
    /** Whether the office reviews figures before they count (off: a saved figure counts at once). */
    reviewFigures: z.boolean().optional(),
  })
  .strict();
export type NewPlanInput = z.infer<typeof newPlanInputSchema>;
export const newPlanBodySchema = z.object({ plan: newPlanInputSchema, note: noteSchema.optional() }).strict();

export const planPatchSchema = newPlanInputSchema
  .omit({ year: true })
  .partial()
  .extend({ archived: z.boolean().optional() })
  .strict();
export type PlanPatch = z.infer<typeof planPatchSchema>;
export const planPatchBodySchema = z
  .object({ patch: planPatchSchema, expectedVersion: versionSchema, note: noteSchema.optional() })
  .strict();

/** Copy to a new year: the frame, indicators (without targets), work items and benchmark series. */
export const planCopyInputSchema = z
  .object({ year: planYearSchema, title: bilingualSchema.optional() })
  .strict();
export type PlanCopyInput = z.infer<typeof planCopyInputSchema>;
export const planCopyBodySchema = planCopyInputSchema.extend({ note: noteSchema.optional() }).strict();

export const planResponseSchema = z.object({ plan: planSchema });
export type PlanResponse = z.infer<typeof planResponseSchema>;

/** Retiring or restoring anything: the version read (the plan's for frame items). */
export const retireBodySchema = z
  .object({ expectedVersion: versionSchema, note: noteSchema.optional() })
  .strict();

// ---- the frame ------------------------------------------------------------------------------

export const centralTaskInputSchema = z
  .object({ name: bilingualSchema, order: z.number().int().optional() })
  .strict();
export type CentralTaskInput = z.infer<typeof centralTaskInputSchema>;
export const centralTaskPatchSchema = centralTaskInputSchema.partial().strict();
export type CentralTaskPatch = z.infer<typeof centralTaskPatchSchema>;
/** Frame items are part of the plan: each write names the plan version read. */
export const centralTaskBodySchema = z
  .object({
    centralTask: centralTaskInputSchema,
    expectedVersion: versionSchema,
    note: noteSchema.optional(),
  })
  .strict();
export const centralTaskPatchBodySchema = z
  .object({ patch: centralTaskPatchSchema, expectedVersion: versionSchema, note: noteSchema.optional() })
  .strict();
export const centralTaskResponseSchema = z.object({ plan: planSchema, centralTask: centralTaskSchema });

export const actionInputSchema = z
  .object({
    name: bilingualSchema,
    /** The central tasks it serves; an action may serve several. */
    centralTaskIds: z.array(idSchema).max(50),
    sourceQuote: sourceQuoteSchema,
    order: z.number().int().optional(),
  })
  .strict();
export type ActionInput = z.infer<typeof actionInputSchema>;
export const actionPatchSchema = actionInputSchema.partial().strict();
export type ActionPatch = z.infer<typeof actionPatchSchema>;
export const actionBodySchema = z
  .object({ action: actionInputSchema, expectedVersion: versionSchema, note: noteSchema.optional() })
  .strict();
export const actionPatchBodySchema = z
  .object({ patch: actionPatchSchema, expectedVersion: versionSchema, note: noteSchema.optional() })
  .strict();
export const actionResponseSchema = z.object({ plan: planSchema, action: campaignActionSchema });

// ---- indicators -----------------------------------------------------------------------------

/** A target as sent: checked with reasons (dates inside the plan year, lower ≤ upper, band > 0). */
export const thresholdInputSchema = z
  .object({
    value: numberSchema,
    valueMax: numberSchema.optional(),
    band: numberSchema.optional(),
    comparator: comparatorSchema,
    deadline: isoDateSchema,
  })
  .strict();

export const indicatorInputSchema = z
  .object({
    /** The campaign action it belongs to; null for a main target (主要预期目标). */
    actionId: idSchema.nullable(),
    isMainTarget: z.boolean().optional(),
    order: z.number().int().optional(),
    name: bilingualSchema,
    kind: indicatorKindSchema,
    unit: unitSchema,
    unitLabel: bilingualSchema.nullable().optional(),
    direction: directionSchema,
    frequency: frequencySchema,
    thresholds: z.array(thresholdInputSchema).max(24),
    targetText: bilingualSchema,
    tolerances: z.object({ attention: numberSchema, behind: numberSchema }).strict().nullable().optional(),
    plannedPath: z
      .array(z.object({ period: periodSchema, value: numberSchema }).strict())
      .max(24)
      .nullable()
      .optional(),
    leadDepartment: z.string().trim().min(1).max(100).nullable().optional(),
    contributingDepartments: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
    dataSource: bilingualSchema,
    definition: bilingualSchema.nullable().optional(),
    sourceQuote: sourceQuoteSchema,
    derivation: derivationSchema.nullable().optional(),
    reference: targetReferenceSchema.nullable().optional(),
    nature: targetNatureSchema.optional(),
  })
  .strict();
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;
export const indicatorBodySchema = z
  .object({ indicator: indicatorInputSchema, note: noteSchema.optional() })
  .strict();

/** Any part of a definition, the action it sits under (a move) and its order included. */
export const indicatorEditSchema = indicatorInputSchema.partial().strict();
export type IndicatorEdit = z.infer<typeof indicatorEditSchema>;
export const indicatorEditBodySchema = z
  .object({ patch: indicatorEditSchema, expectedVersion: versionSchema, note: noteSchema.optional() })
  .strict();
export const indicatorResponseSchema = z.object({ indicator: indicatorSchema });
export const indicatorsResponseSchema = z.object({ indicators: z.array(indicatorSchema) });

/** Assigning lead departments in bulk: all or nothing. */
export const leadDepartmentAssignmentSchema = z
  .object({
    indicatorId: idSchema,
    leadDepartment: z.string().trim().min(1).max(100).nullable(),
    expectedVersion: versionSchema,
  })
  .strict();
export type LeadDepartmentAssignment = z.infer<typeof leadDepartmentAssignmentSchema>;
export const leadDepartmentsBodySchema = z
  .object({
    assignments: z.array(leadDepartmentAssignmentSchema).min(1).max(500),
    note: noteSchema.optional(),
  })
  .strict();

// ---- one list's new order -------------------------------------------------------------------

/** An indicator or work item in a new order, with the version read. */
export const reorderItemSchema = z.object({ id: idSchema, expectedVersion: versionSchema }).strict();
export type ReorderItem = z.infer<typeof reorderItemSchema>;

const frameOrder = (kind: 'centralTasks' | 'actions') =>
  z
    .object({
      kind: z.literal(kind),
      /** Every item in its new place, first first. */
      ids: z.array(idSchema).min(1).max(500),
      /** The plan's version: frame items live in the plan. */
      expectedVersion: versionSchema,
      note: noteSchema.optional(),
    })
    .strict();
const itemOrder = (kind: 'indicators' | 'workItems') =>
  z
    .object({
      kind: z.literal(kind),
      /** The items under one action (for indicators, or the main targets), first first. */
      items: z.array(reorderItemSchema).min(1).max(500),
      note: noteSchema.optional(),
    })
    .strict();

/**
 * A whole new order of one list in one write (`PUT /api/plans/:planId/order`): the central tasks,
 * the campaign actions, or the indicators or work items under one action. All or nothing.
 */
export const reorderBodySchema = z.discriminatedUnion('kind', [
  frameOrder('centralTasks'),
  frameOrder('actions'),
  itemOrder('indicators'),
  itemOrder('workItems'),
]);
export type ReorderBody = z.infer<typeof reorderBodySchema>;

// ---- work items -----------------------------------------------------------------------------

export const workItemInputSchema = z
  .object({
    actionId: idSchema,
    title: bilingualSchema,
    /** The lead department (牵头单位), who keeps its progress up. */
    owner: z.string().trim().min(1).max(100).nullable().optional(),
    sourceQuote: sourceQuoteSchema,
    order: z.number().int().optional(),
  })
  .strict();
export type WorkItemInput = z.infer<typeof workItemInputSchema>;
export const workItemPatchSchema = workItemInputSchema.partial().strict();
export type WorkItemPatch = z.infer<typeof workItemPatchSchema>;
export const workItemBodySchema = z
  .object({ workItem: workItemInputSchema, note: noteSchema.optional() })
  .strict();
export const workItemPatchBodySchema = z
  .object({ patch: workItemPatchSchema, expectedVersion: versionSchema, note: noteSchema.optional() })
  .strict();

/** 未启动 / 推进中 / 已完成 / 滞后, with a dated note. */
export const workItemProgressInputSchema = z
  .object({ status: workItemStatusSchema, date: isoDateSchema, text: z.string().trim().min(1).max(2000) })
  .strict();
export type WorkItemProgressInput = z.infer<typeof workItemProgressInputSchema>;
export const workItemProgressBodySchema = workItemProgressInputSchema
  .extend({ expectedVersion: versionSchema })
  .strict();
export const workItemResponseSchema = z.object({ workItem: workItemSchema });
export const workItemsResponseSchema = z.object({ workItems: z.array(workItemSchema) });

/** What a new order answers: the plan (central tasks, actions), or the items of the list in it. */
export const reorderResponseSchema = z.union([
  planResponseSchema,
  indicatorsResponseSchema,
  workItemsResponseSchema,
]);

// ---- benchmark series -----------------------------------------------------------------------

export const benchmarkSeriesInputSchema = z.object({ name: bilingualSchema, unit: unitSchema }).strict();
export type BenchmarkSeriesInput = z.infer<typeof benchmarkSeriesInputSchema>;
export const benchmarkSeriesPatchSchema = benchmarkSeriesInputSchema.partial().strict();
export type BenchmarkSeriesPatch = z.infer<typeof benchmarkSeriesPatchSchema>;
export const benchmarkBodySchema = z
  .object({ series: benchmarkSeriesInputSchema, note: noteSchema.optional() })
  .strict();
export const benchmarkPatchBodySchema = z
  .object({ patch: benchmarkSeriesPatchSchema, expectedVersion: versionSchema, note: noteSchema.optional() })
  .strict();

/** Points month by month: each sets that month's figure; null removes it. Other months stay. */
export const benchmarkPointsInputSchema = z
  .object({
    points: z
      .array(z.object({ period: periodSchema, value: numberSchema.nullable() }).strict())
      .min(1)
      .max(24),
  })
  .strict();
export type BenchmarkPointsInput = z.infer<typeof benchmarkPointsInputSchema>;
export const benchmarkPointsBodySchema = benchmarkPointsInputSchema
  .extend({ expectedVersion: versionSchema, note: noteSchema.optional() })
  .strict();
export const benchmarkResponseSchema = z.object({ series: benchmarkSeriesSchema });
export const benchmarksResponseSchema = z.object({ benchmarks: z.array(benchmarkSeriesSchema) });

// ---- departments ----------------------------------------------------------------------------

export const departmentInputSchema = z
  .object({ organisation: z.string().trim().min(1).max(100), name: bilingualSchema })
  .strict();
export type DepartmentInput = z.infer<typeof departmentInputSchema>;
export const departmentPatchSchema = z.object({ name: bilingualSchema.optional() }).strict();
export type DepartmentPatch = z.infer<typeof departmentPatchSchema>;
export const departmentBodySchema = z
  .object({ department: departmentInputSchema, note: noteSchema.optional() })
  .strict();
export const departmentPatchBodySchema = z
  .object({ patch: departmentPatchSchema, expectedVersion: versionSchema, note: noteSchema.optional() })
  .strict();
export const departmentsQuerySchema = z
  .object({ organisation: z.string().min(1).max(100).optional() })
  .strict();
export const departmentResponseSchema = z.object({ department: departmentSchema });
export const departmentsResponseSchema = z.object({ departments: z.array(departmentSchema) });
