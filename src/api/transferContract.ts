/**
 * Importing and exporting spreadsheets: the planners' monthly figures and the project list, as
 * Excel (.xlsx) or CSV. An import runs twice: a dry run that reads and checks every row and
 * writes nothing, then a commit that checks everything again and writes all rows or none.
 *
 * - `GET  /api/plans/:planId/values/template.xlsx|.csv?period=2024-03`: the figures a user may write
 * - `POST /api/plans/:planId/values/import?mode=dry-run|commit`: the file as the raw body with its
 *   content type (its name URI-encoded in `X-File-Name`), or as the `file` field of a multipart form
 * - `GET  /api/plans/:planId/projects/template.xlsx|.csv`, `POST …/projects/import?mode=`,
 *   `GET  /api/plans/:planId/projects/export.xlsx|.csv?asOf=`
 * - `GET  /api/plans/:planId/export.xlsx|.csv?asOf=`: every indicator with its status
 *
 * Both modes answer 200 with an import report; `committed` says whether anything was written.
 */
import { z } from 'zod';
import { periodSchema } from '../domain/model';

export const transferKinds = ['figures', 'projects'] as const;
export const transferKindSchema = z.enum(transferKinds);
export type TransferKind = z.infer<typeof transferKindSchema>;

export const importModes = ['dry-run', 'commit'] as const;
export const importModeSchema = z.enum(importModes);
export type ImportMode = z.infer<typeof importModeSchema>;

/** The most data rows one file may carry; a longer one is refused whole, naming this limit. */
export const maxImportRows = 5000;

/** The spreadsheet formats: Excel 2007+ and CSV. */
export const sheetFormats = ['xlsx', 'csv'] as const;
export type SheetFormat = (typeof sheetFormats)[number];

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const csvContentType = 'text/csv; charset=utf-8';

// ---- parameters -----------------------------------------------------------------------------

export const importQuerySchema = z.object({ mode: importModeSchema }).strict();

/** The figures template of one month; without a period, the latest month of the plan year so far. */
export const figureTemplateQuerySchema = z.object({ period: periodSchema.optional() }).strict();

/** Exports as the view stood at the end of a month; without one, as everything stands now. */
export const exportQuerySchema = z.object({ asOf: periodSchema.optional() }).strict();

// ---- the import report ----------------------------------------------------------------------

export const importIssueSchema = z.object({
  /** The column at fault, by the template's header; null for the whole row or file. */
  column: z.string().nullable(),
  /** A stable code, e.g. `notANumber`, `unknownIndicator`, `conflict`, `missingColumns`. */
  code: z.string(),
  /** What is wrong and how to put it right, in the request's language. */
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

/**
 * What a row does: `create` a figure or project, `update` one, leave it `unchanged` (the file
 * says what is stored), `skipped` (a blank row), or nothing because of an `error`.
 */
export const importOutcomes = ['create', 'update', 'unchanged', 'skipped', 'error'] as const;
export const importOutcomeSchema = z.enum(importOutcomes);
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

export const importCellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type ImportCell = z.infer<typeof importCellSchema>;

export const importRowSchema = z.object({
  /** The row number as the spreadsheet shows it: the header is row 1. */
  row: z.number().int().positive(),
  outcome: importOutcomeSchema,
  /** What was read, by column header: numbers as numbers, blanks as null, unreadable cells as typed. */
  values: z.record(z.string(), importCellSchema),
  issues: z.array(importIssueSchema),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importCountsSchema = z.object(
  Object.fromEntries(importOutcomes.map((outcome) => [outcome, z.number().int().nonnegative()])) as Record<
    ImportOutcome,
    z.ZodNumber
  >,
);
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importReportSchema = z.object({
  kind: transferKindSchema,
  mode: importModeSchema,
  fileName: z.string().nullable(),
  /** The template's columns in order: the preview's columns. */
  columns: z.array(z.string()),
  /** Problems of the whole file (headers, an empty sheet, too many rows): nothing is imported while any exists. */
  fileIssues: z.array(importIssueSchema),
  rows: z.array(importRowSchema),
  counts: importCountsSchema,
  /** True when the commit wrote every row; false on a dry run, and when anything was refused. */
  committed: z.boolean(),
  /** The audit batch a committed import was recorded under. */
  batchId: z.string().nullable(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** Whether a report allows the commit: no file or row errors, and something to write. */
export function mayCommit(report: Pick<ImportReport, 'fileIssues' | 'counts'>): boolean {
  return (
    report.fileIssues.length === 0 &&
    report.counts.error === 0 &&
    report.counts.create + report.counts.update > 0
  );
}

// ---- addresses --------------------------------------------------------------------------------

/** The paths below /api, for the client's download links and uploads. */
export const transferPaths = {
  figureTemplate: (planId: string, format: SheetFormat) => `/plans/${planId}/values/template.${format}`,
  figureImport: (planId: string) => `/plans/${planId}/values/import`,
  projectTemplate: (planId: string, format: SheetFormat) => `/plans/${planId}/projects/template.${format}`,
  projectImport: (planId: string) => `/plans/${planId}/projects/import`,
  projectExport: (planId: string, format: SheetFormat) => `/plans/${planId}/projects/export.${format}`,
  planExport: (planId: string, format: SheetFormat) => `/plans/${planId}/export.${format}`,
};
