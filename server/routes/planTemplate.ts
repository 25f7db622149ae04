/**
 * A whole plan as one spreadsheet (src/api/planTemplateContract.ts): any plan exported to the
 * template, and a template imported as a new plan with a dry run, then a commit that checks again
 * and creates the whole plan or nothing. Admins only. Mounted at /api.
 */
import { Hono, type Context } from 'hono';
import { planTemplateImportQuerySchema, type PlanTemplateReport } from '../../src/api/planTemplateContract';
import { csvContentType, sheetFormats, xlsxContentType } from '../../src/api/transferContract';
import { requireAdmin } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { messageLocale } from '../http/locale';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import { unstorableTextPath } from '../http/text';
import type { Store } from '../store/port';
import { checkPlanTemplate, type CheckedTemplate } from '../transfer/planTemplate/checkTemplate';
import { readTemplateSheets } from '../transfer/planTemplate/readTemplate';
import {
  planTemplateCsv,
  planTemplateDocument,
  type PlanTemplateSource,
} from '../transfer/planTemplate/writeTemplate';
import { readUpload } from '../transfer/upload';
import { actorOf } from './planEditing';

async function templateSource(store: Store, planId: string): Promise<PlanTemplateSource | null> {
  return store.planEditing.read(async (documents) => {
    const plan = await documents.plan(planId);
    if (!plan) return null;
    const [indicators, workItems, benchmarks, departments] = await Promise.all([
      documents.indicators(planId),
      documents.workItems(planId),
      documents.benchmarks(planId),
      documents.departments(plan.zone.zh),
    ]);
    return { plan, indicators, workItems, benchmarks, departments };
  });
}

function report(
  fields: Pick<PlanTemplateReport, 'mode' | 'fileName'> & Partial<CheckedTemplate>,
  created: { planId: string; batchId: string } | null = null,
): PlanTemplateReport {
  return {
    mode: fields.mode,
    fileName: fields.fileName,
    fileIssues: fields.fileIssues ?? [],
    sheets: fields.sheets ?? [],
    problemCount: fields.problemCount ?? fields.fileIssues?.length ?? 0,
    preview: fields.preview ?? null,
    committed: created !== null,
    planId: created?.planId ?? null,
    batchId: created?.batchId ?? null,
  };
}

export function planTemplateRoutes(store: Store) {
  const routes = new Hono<AppEnv>();

  async function importTemplate(c: Context<AppEnv>): Promise<PlanTemplateReport> {
    const user = requireAdmin(c);
    const { mode } = parseQuery(planTemplateImportQuerySchema, c.req.queries());
    const upload = await readUpload(c);
    const locale = messageLocale(c.req.header('Accept-Language'));
    const base = { mode, fileName: upload.fileName };
    const read = await readTemplateSheets(upload.bytes, upload.fileName, locale);
    if (!read.ok) return report({ ...base, fileIssues: [read.issue], problemCount: 1 });
    const checked = await checkPlanTemplate(read.sheets, {
      locale,
      departments: (organisation) => store.planEditing.listDepartments(organisation),
      storedIndicators: (ids) =>
        store.planEditing.read(async (documents) => {
          const found = new Set<string>();
          for (const id of new Set(ids)) if (await documents.indicator(id)) found.add(id);
          return found;
        }),
    });
    if (mode === 'dry-run' || checked.draft === null) return report({ ...base, ...checked });
    const unstorable = unstorableTextPath(checked.draft);
    if (unstorable !== null) throw new ApiProblem('invalidBody', { field: 'file' });
    const batchId = crypto.randomUUID();
    const plan = await store.planEditing.importPlan(
      checked.draft,
      actorOf(user),
      batchId,
      upload.fileName ?? '',
    );
    return report({ ...base, ...checked }, { planId: plan.id, batchId });
  }

  routes.post('/plans/import', writeBodyLimit, async (c) => c.json(await importTemplate(c)));

  for (const format of sheetFormats)
    routes.get(`/plans/:planId/template.${format}`, async (c) => {
      requireAdmin(c);
      const planId = parseIdParam('planId', c.req.param('planId'));
      parseQuery(noQuerySchema, c.req.queries());
      const source = await templateSource(store, planId);
      if (!source) throw new ApiProblem('notFound', { field: 'planId' });
      const name = `plan-template-${source.plan.year}`;
      const chineseName = `计划模板-${source.plan.year}-${source.plan.title.zh}`.replace(/[\\/:*?"<>|]/g, '');
      c.header(
        'Content-Disposition',
        `attachment; filename="${name}.${format}"; filename*=UTF-8''${encodeURIComponent(`${chineseName}.${format}`)}`,
      );
      c.header('Cache-Control', 'no-store');
      if (format === 'csv') return c.body(planTemplateCsv(source), 200, { 'Content-Type': csvContentType });
      const { writeXlsx } = await import('../transfer/xlsx');
      return c.body(await writeXlsx(planTemplateDocument(source)), 200, { 'Content-Type': xlsxContentType });
    });
  return routes;
}
