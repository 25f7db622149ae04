/**
 * Checking an uploaded plan template: every sheet found, every row and cell read, every id
 * resolved within the file, every indicator held to the editor's rules. The same check runs for
 * the dry run and again for the commit, so the commit creates exactly the plan the preview
 * showed, or nothing. Browser-safe.
 */
import type { TemplatePreview, TemplateSheetReport } from '../../../src/api/planTemplateContract';
import type { ImportIssue } from '../../../src/api/transferContract';
import type { Department } from '../../../src/domain/model';
import type { MessageLocale } from '../../http/locale';
import type { SheetTable } from '../sheet';
import { assemblePlan, readBenchmarks, readDepartments, readFrame, readPlanSheet } from './checkFrame';
import { readIndicators, readWorkItems } from './checkIndicators';
import { findSheets } from './sheetRows';
import { sheetKeys, templateSheets } from './sheets';
import type { PlanDraft } from './templateDraft';

export interface TemplateCheckContext {
  locale: MessageLocale;
  /** The stored departments of the organisation (by its Chinese name). */
  departments(organisation: string): Promise<Department[]>;
  /** Which of these ids are stored indicators (of any plan). */
  storedIndicators(ids: string[]): Promise<Set<string>>;
}

export interface CheckedTemplate {
  fileIssues: ImportIssue[];
  sheets: TemplateSheetReport[];
  problemCount: number;
  preview: TemplatePreview | null;
  /** The plan to create; null while any problem remains. */
  draft: PlanDraft | null;
}

export async function checkPlanTemplate(
  tables: Map<string, SheetTable>,
  context: TemplateCheckContext,
): Promise<CheckedTemplate> {
  const { locale } = context;
  const { sheets, fileIssues } = findSheets(tables, locale);
  const { plan: planFields, year, organisation } = readPlanSheet(sheets, locale);
  const frame = readFrame(sheets);
  const stored = organisation === null ? [] : await context.departments(organisation);
  const departments = readDepartments(sheets, stored);
  const benchmarks = readBenchmarks(sheets, year);
  const previousIds = sheets.indicators.readers.flatMap((reader) => {
    const id = reader.text('previousYear', { max: 80 });
    return id === null ? [] : [id];
  });
  const plan = planFields && frame ? assemblePlan(planFields, frame, sheets.plan.issues) : null;
  const indicatorContext = {
    year,
    plan,
    actionIds: new Set(sheets.actions.readers.flatMap((reader) => reader.text('id', { max: 80 }) ?? [])),
    benchmarks: benchmarks ?? [],
    benchmarkIds: new Set(
      sheets.benchmarks.readers.flatMap((reader) => reader.text('id', { max: 80 }) ?? []),
    ),
    departments: organisation === null ? null : departments.known,
    storedIndicatorIds: await context.storedIndicators(previousIds),
  };
  const { indicators, complete: indicatorsComplete } = readIndicators(sheets, indicatorContext);
  const { workItems, complete: workItemsComplete } = readWorkItems(sheets, indicatorContext);

  const reports: TemplateSheetReport[] = sheetKeys
    .filter((key) => sheets[key].present)
    .map((key) => {
      const sheet = sheets[key];
      return {
        sheet: templateSheets[key].name,
        columns: templateSheets[key].columns.map((column) => column.header),
        issues: sheet.issues,
        rows: sheet.readers.map((reader) => reader.result()),
      };
    });
  const problemCount =
    fileIssues.length +
    reports.reduce(
      (sum, report) =>
        sum + report.issues.length + report.rows.reduce((rows, row) => rows + row.issues.length, 0),
      0,
    );

  const actionName = new Map(plan?.actions.map((action) => [action.id, action.name]));
  const storedNames = new Set(stored.map((department) => department.name.zh));
  const preview: TemplatePreview | null = plan
    ? {
        organisation: plan.zone,
        organisationLevel: plan.organisationLevel,
        year: plan.year,
        title: plan.title,
        frameName: plan.frameName,
        centralTasks: plan.centralTasks.map((task) => task.name),
        actions: plan.actions.map((action) => action.name),
        indicators: indicators.map((indicator) => ({
          id: indicator.id,
          name: indicator.name,
          targetText: indicator.targetText,
          action: indicator.actionId === null ? null : (actionName.get(indicator.actionId) ?? null),
          leadDepartment: indicator.leadDepartment,
        })),
        workItems: workItems.length,
        benchmarks: benchmarks?.length ?? 0,
        newDepartments: departments.listed.map((name) => name.zh).filter((name) => !storedNames.has(name)),
      }
    : null;
  const ready =
    problemCount === 0 && plan !== null && benchmarks !== null && indicatorsComplete && workItemsComplete;
  return {
    fileIssues,
    sheets: reports,
    problemCount,
    preview,
    draft: ready ? { plan, indicators, workItems, benchmarks, departments: departments.listed } : null,
  };
}
