/**
 * A whole plan as one spreadsheet: the plan, its frame, its indicators with their targets, work
 * items, departments and benchmark series. Any plan exports to it; importing it creates a new plan,
 * with the same dry run → confirm flow as figures: the dry run checks every sheet, row and column
 * and writes nothing, the commit checks again and writes the whole plan or nothing. Admins only.
 *
 * - `GET  /api/plans/:planId/template.xlsx|.csv`: the plan as the template (the CSV holds every
 *   sheet, each under a line 【name】 and its header row)
 * - `POST /api/plans/import?mode=dry-run|commit`: the file as the raw body with its content type
 *   (its name URI-encoded in `X-File-Name`), or as the `file` field of a multipart form
 *
 * Both modes answer 200 with a report; `committed` and `planId` say whether a plan was created.
 */
import { z } from 'zod';
import { bilingualSchema, organisationLevelSchema } from '../domain/model';
import { importIssueSchema, importModeSchema, importRowSchema, type SheetFormat } from './transferContract';

/** What one sheet of the file said: its columns, problems of the whole sheet, and each row read. */
export const templateSheetReportSchema = z.object({
  /** The sheet's name as the template writes it (计划, 指标 …). */
  sheet: z.string(),
  columns: z.array(z.string()),
  issues: z.array(importIssueSchema),
  rows: z.array(importRowSchema),
});
export type TemplateSheetReport = z.infer<typeof templateSheetReportSchema>;

/** One indicator the import would create, as the preview lists it. */
export const templateIndicatorPreviewSchema = z.object({
  /** Its id in the file. */
  id: z.string(),
  name: bilingualSchema,
  targetText: bilingualSchema,
  /** The campaign action's name, or null for a main target. */
  action: bilingualSchema.nullable(),
  leadDepartment: z.string().nullable(),
});

/** What the import creates, when the file could be read into a plan. */
export const templatePreviewSchema = z.object({
  organisation: bilingualSchema,
  organisationLevel: organisationLevelSchema,
  year: z.number().int(),
  title: bilingualSchema,
  frameName: bilingualSchema.nullable(),
  centralTasks: z.array(bilingualSchema),
  actions: z.array(bilingualSchema),
  indicators: z.array(templateIndicatorPreviewSchema),
  workItems: z.number().int().nonnegative(),
  benchmarks: z.number().int().nonnegative(),
  /** Departments the organisation does not have yet, which the import adds. */
  newDepartments: z.array(z.string()),
});
export type TemplatePreview = z.infer<typeof templatePreviewSchema>;

export const planTemplateReportSchema = z.object({
  mode: importModeSchema,
  fileName: z.string().nullable(),
  /** Problems of the whole file (unreadable, a sheet missing or unknown): nothing is imported while any exists. */
  fileIssues: z.array(importIssueSchema),
  sheets: z.array(templateSheetReportSchema),
  /** Every problem of the file, its sheets and rows. */
  problemCount: z.number().int().nonnegative(),
  /** Null when the file could not be read into a plan. */
  preview: templatePreviewSchema.nullable(),
  /** True when the commit created the plan. */
  committed: z.boolean(),
  /** The new plan's id once committed. */
  planId: z.string().nullable(),
  /** The audit batch of the commit. */
  batchId: z.string().nullable(),
});
export type PlanTemplateReport = z.infer<typeof planTemplateReportSchema>;

/** Whether a dry run's report allows the commit: a plan read and no problem anywhere. */
export function mayCreatePlan(report: Pick<PlanTemplateReport, 'preview' | 'problemCount'>): boolean {
  return report.preview !== null && report.problemCount === 0;
}

export const planTemplateImportQuerySchema = z.object({ mode: importModeSchema }).strict();

export const planTemplatePaths = {
  template: (planId: string, format: SheetFormat) => `/plans/${planId}/template.${format}`,
  import: () => '/plans/import',
};
