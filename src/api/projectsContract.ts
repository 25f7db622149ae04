/**
 * The project registry's part of the API: listing, reading, creating and editing projects, and the
 * projects holding a derived indicator back. Shared by the client, the server and the mock.
 */
import { z } from 'zod';
import { auditEntrySchema } from './entryContract';
import { idParamSchema } from './contract';
import { bilingualSchema, derivationSchema, isoDateSchema, periodSchema } from '../domain/model';
import {
  industryChainSchema,
  industryTrackSchema,
  monthlyInvestmentSchema,
  projectFieldsSchema,
  projectKindSchema,
  projectLevelSchema,
  projectSchema,
  projectStatusSchema,
  projectStatuses,
  statusEventSchema,
} from '../domain/projects/model';
import { projectSortKeys, type ProjectRow } from '../domain/projects/portfolio';

// ---- parameters -----------------------------------------------------------------------------

/**
 * `GET /api/plans/:planId/projects?level=&kind=&chain=&track=&status=&department=&q=&sort=&order=&asOf=`.
 * Statuses are read at the end of the as-of month (else today); every filter is optional.
 */
export const projectListQuerySchema = z
  .object({
    level: projectLevelSchema.optional(),
    kind: projectKindSchema.optional(),
    chain: industryChainSchema.optional(),
    track: industryTrackSchema.optional(),
    status: projectStatusSchema.optional(),
    department: z.string().min(1).max(100).optional(),
    q: z.string().max(100).optional(),
    sort: z.enum(projectSortKeys).optional(),
    order: z.enum(['asc', 'desc']).optional(),
    asOf: periodSchema.optional(),
  })
  .strict();
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

// ---- responses ------------------------------------------------------------------------------

export const projectRowSchema = z.object({
  ...projectFieldsSchema.pick({
    id: true,
    planId: true,
    name: true,
    nameEn: true,
    level: true,
    kind: true,
    urbanCategory: true,
    industryChain: true,
    track: true,
    ownerEnterprise: true,
    location: true,
    leadDepartment: true,
    plannedTotalInvestment: true,
    plannedAnnualInvestment: true,
    isNewBillionProject: true,
    isDemo: true,
    version: true,
    updatedAt: true,
  }).shape,
  status: projectStatusSchema,
  startedOn: isoDateSchema.nullable(),
  inProductionOn: isoDateSchema.nullable(),
  completedOn: isoDateSchema.nullable(),
  investedToDate: z.number(),
}) satisfies z.ZodType<ProjectRow>;

export const statusCountsSchema = z.object(
  Object.fromEntries(projectStatuses.map((status) => [status, z.number().int().nonnegative()])) as Record<
    (typeof projectStatuses)[number],
    z.ZodNumber
  >,
);

export const projectListResponseSchema = z.object({
  planId: z.string(),
  /** The as-of month asked for, or null. */
  asOf: periodSchema.nullable(),
  /** The day statuses are read at. */
  date: isoDateSchema,
  projects: z.array(projectRowSchema),
  /** How many of the listed projects stand at each status. */
  statusCounts: statusCountsSchema,
});
export type ProjectListResponse = z.infer<typeof projectListResponseSchema>;

/** `GET /api/projects/:projectId`: the project with its dated history and its audit trail. */
export const projectResponseSchema = z.object({
  project: projectSchema,
  /** The status today. */
  status: projectStatusSchema,
  /** Who changed the project, newest first. */
  changes: z.array(auditEntrySchema),
});
export type ProjectResponse = z.infer<typeof projectResponseSchema>;

/** The answer to a create or an edit: the project as stored now. */
export const projectWriteResponseSchema = z.object({ project: projectSchema });
export type ProjectWriteResponse = z.infer<typeof projectWriteResponseSchema>;

export const behindReasonSchema = z.enum([
  'notStarted',
  'notInProduction',
  'investmentShortfall',
  'notLanded',
  'notCompleted',
]);

/** `GET /api/indicators/:indicatorId/projects-behind?asOf=`: the weightiest first. */
export const projectsBehindResponseSchema = z.object({
  indicator: z.object({ id: z.string(), name: bilingualSchema, derivation: derivationSchema }),
  asOf: periodSchema.nullable(),
  date: isoDateSchema,
  projects: z.array(
    z.object({
      reason: behindReasonSchema,
      /** For an investment shortfall: how far below the pro-rata plan, in 亿元. */
      shortfall: z.number().nullable(),
      project: projectRowSchema,
    }),
  ),
});
export type ProjectsBehindResponse = z.infer<typeof projectsBehindResponseSchema>;

// ---- writes ---------------------------------------------------------------------------------

/** The fields a writer may set on a project (never its plan, demo mark, version or history). */
const editableFields = projectFieldsSchema.pick({
  name: true,
  nameEn: true,
  level: true,
  kind: true,
  urbanCategory: true,
  industryChain: true,
  track: true,
  ownerEnterprise: true,
  location: true,
  leadDepartment: true,
  plannedTotalInvestment: true,
  plannedAnnualInvestment: true,
  isNewBillionProject: true,
  notes: true,
});
export const editableProjectFields = Object.keys(
  editableFields.shape,
) as (keyof typeof editableFields.shape)[];

/**
 * `POST /api/plans/:planId/projects`. Optional fields start blank; the id is a slug the writer
 * chooses (e.g. the registry's own number). The whole project must pass the project rules.
 */
export const projectCreateSchema = z
  .object({
    id: idParamSchema,
    name: editableFields.shape.name,
    level: editableFields.shape.level,
    kind: editableFields.shape.kind,
    plannedTotalInvestment: editableFields.shape.plannedTotalInvestment,
    plannedAnnualInvestment: editableFields.shape.plannedAnnualInvestment,
    nameEn: editableFields.shape.nameEn.default(null),
    urbanCategory: editableFields.shape.urbanCategory.default(null),
    industryChain: editableFields.shape.industryChain.default(null),
    track: editableFields.shape.track.default(null),
    ownerEnterprise: editableFields.shape.ownerEnterprise.default(null),
    location: editableFields.shape.location.default(null),
    leadDepartment: editableFields.shape.leadDepartment.default(null),
    isNewBillionProject: editableFields.shape.isNewBillionProject.default(false),
    notes: editableFields.shape.notes.default(null),
    statusHistory: z.array(statusEventSchema.strict()).default([]),
    monthlyInvestment: z.array(monthlyInvestmentSchema.strict()).default([]),
  })
  .strict();
export type ProjectCreateInput = z.input<typeof projectCreateSchema>;

/**
 * `PATCH /api/projects/:projectId`: any of a field change, a new dated status (e.g. marked
 * started on a day) and one month's investment, made on the version the writer saw.
 */
export const projectPatchSchema = z
  .object({
    expectedVersion: z.number().int().positive(),
    changes: editableFields.partial().strict().optional(),
    /** Added to the history; dated on or after its last change, and not after today. */
    statusEvent: statusEventSchema.strict().optional(),
    /** Sets (or replaces) what was invested in a month that has begun. */
    investment: monthlyInvestmentSchema.strict().optional(),
    /** Why: kept in the audit trail. */
    reason: z.string().max(500).optional(),
  })
  .strict()
  .refine(
    (patch) =>
      patch.changes !== undefined || patch.statusEvent !== undefined || patch.investment !== undefined,
    {
      message: 'nothing to change',
      path: ['changes'],
    },
  );
export type ProjectPatch = z.infer<typeof projectPatchSchema>;
export type ProjectPatchInput = z.input<typeof projectPatchSchema>;
