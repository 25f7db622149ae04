/**
 * Spreadsheets in and out (Excel and CSV), mounted at /api; see src/api/transferContract.ts.
 * Templates and imports are for writers (viewers 403, anonymous 401); what a writer may not write
 * is reported per row. Exports are for anyone who may view. Excel files are read and written by
 * server/transfer/xlsx.ts, imported only when a request needs it, so that exceljs stays out of
 * every bundle that does not use it.
 */
import { Hono, type Context } from 'hono';
import { mayWriteFor, type SessionUser } from '../../src/api/authContract';
import {
  csvContentType,
  exportQuerySchema,
  figureTemplateQuerySchema,
  importQuerySchema,
  sheetFormats,
  xlsxContentType,
  type ImportReport,
  type SheetFormat,
} from '../../src/api/transferContract';
import { defaultAsOfPeriod } from '../../src/domain/asOf';
import type { PlanSummary } from '../../src/domain/model';
import { periodOfDate, todayInChina, yearOf } from '../../src/domain/period';
import { portfolioDate } from '../../src/domain/projects/portfolio';
import { requireWriter } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { messageLocale } from '../http/locale';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import { creationAudit, patchedProject } from '../projects/projectPatch';
import type { Store } from '../store/port';
import type { Actor } from '../store/writesPort';
import { writeCsv } from '../transfer/csv';
import { checkFigureSheet, figureKey } from '../transfer/figureImport';
import { figureColumns } from '../transfer/figureColumns';
import { figureTemplate } from '../transfer/figureTemplate';
import { importReport, readSpreadsheet } from '../transfer/importReport';
import { planExport } from '../transfer/planExport';
import { checkProjectSheet, givenProjectIds } from '../transfer/projectImport';
import { projectColumns } from '../transfer/projectColumns';
import { projectSheet } from '../transfer/projectSheet';
import type { SheetDocument } from '../transfer/sheet';
import { readUpload } from '../transfer/upload';
import { asOfView } from './asOf';
import { loadPlanTree } from './planTree';

async function requirePlan(store: Store, planId: string): Promise<PlanSummary> {
  const plan = (await store.listPlans()).find((summary) => summary.id === planId);
  if (!plan) throw new ApiProblem('notFound', { field: 'planId' });
  return plan;
}

/** The file as a download: `name` is ASCII, `chineseName` what a browser offers to save it as. */
async function sendSheet(
  c: Context<AppEnv>,
  document: SheetDocument,
  format: SheetFormat,
  name: string,
  chineseName: string,
): Promise<Response> {
  c.header(
    'Content-Disposition',
    `attachment; filename="${name}.${format}"; filename*=UTF-8''${encodeURIComponent(`${chineseName}.${format}`)}`,
  );
  c.header('Cache-Control', 'no-store');
  if (format === 'csv') return c.body(writeCsv(document.sheets[0]), 200, { 'Content-Type': csvContentType });
  const { writeXlsx } = await import('../transfer/xlsx');
  return c.body(await writeXlsx(document), 200, { 'Content-Type': xlsxContentType });
}

function actorOf(user: SessionUser): Actor {
  return { username: user.username, displayName: user.displayName };
}

export function transferRoutes(store: Store) {
  const routes = new Hono<AppEnv>();

  async function figureImport(c: Context<AppEnv>, user: SessionUser, planId: string): Promise<ImportReport> {
    const { mode } = parseQuery(importQuerySchema, c.req.queries());
    const plan = await requirePlan(store, planId);
    const upload = await readUpload(c);
    const locale = messageLocale(c.req.header('Accept-Language'));
    const read = await readSpreadsheet(upload.bytes, upload.fileName, locale);
    const base = { kind: 'figures' as const, mode, fileName: upload.fileName, columns: figureColumns };
    if (!read.ok) return importReport({ ...base, fileIssues: [read.issue], rows: [] });

    const contents = await store.getPlan(planId);
    const indicators = new Map(contents?.indicators.map((indicator) => [indicator.id, indicator]));
    const check = async () => {
      const stored = await store.listValues({ planId });
      return checkFigureSheet(read.table, {
        year: plan.year,
        today: todayInChina(),
        locale,
        indicators,
        stored: new Map(stored.map((value) => [figureKey(value.indicatorId, value.period), value])),
        mayWrite: (department) => mayWriteFor(user, department),
      });
    };
    const checked = await check();
    const canWrite = checked.fileIssues.length === 0 && checked.rows.every((row) => row.outcome !== 'error');
    if (mode === 'dry-run' || !canWrite || checked.writes.length === 0)
      return importReport({ ...base, fileIssues: checked.fileIssues, rows: checked.rows });

    const batchId = crypto.randomUUID();
    // Under review an imported figure is a draft (草稿): the department submits it from the grid.
    const writes = plan.reviewFigures
      ? checked.writes.map((write) => ({ ...write, reviewState: 'draft' as const }))
      : checked.writes;
    const result = await store.saveValues(writes, actorOf(user), batchId);
    if ('conflicts' in result) {
      // Someone saved in between: the check against what is stored now shows which rows.
      const again = await check();
      return importReport({ ...base, fileIssues: again.fileIssues, rows: again.rows });
    }
    return importReport({ ...base, fileIssues: [], rows: checked.rows, batchId });
  }

  async function projectImport(c: Context<AppEnv>, user: SessionUser, planId: string): Promise<ImportReport> {
    const { mode } = parseQuery(importQuerySchema, c.req.queries());
    await requirePlan(store, planId);
    const upload = await readUpload(c);
    const locale = messageLocale(c.req.header('Accept-Language'));
    const read = await readSpreadsheet(upload.bytes, upload.fileName, locale);
    const base = { kind: 'projects' as const, mode, fileName: upload.fileName, columns: projectColumns };
    if (!read.ok) return importReport({ ...base, fileIssues: [read.issue], rows: [] });

    const today = todayInChina();
    const check = async () => {
      const projects = new Map(
        (await store.projects.listByPlan(planId)).map((project) => [project.id, project]),
      );
      const takenElsewhere = new Set<string>();
      for (const id of givenProjectIds(read.table))
        if (!projects.has(id) && (await store.projects.get(id))) takenElsewhere.add(id);
      return checkProjectSheet(read.table, {
        planId,
        today,
        locale,
        projects,
        takenElsewhere,
        mayWrite: (department) => mayWriteFor(user, department),
        newId: () => `p-${crypto.randomUUID().slice(0, 8)}`,
      });
    };
    const checked = await check();
    const canWrite = checked.fileIssues.length === 0 && checked.rows.every((row) => row.outcome !== 'error');
    const changes = checked.creates.length + checked.updates.length;
    if (mode === 'dry-run' || !canWrite || changes === 0)
      return importReport({ ...base, fileIssues: checked.fileIssues, rows: checked.rows });

    const batchId = crypto.randomUUID();
    const inBatch = <Entry extends object>(entries: Entry[]) =>
      entries.map((entry) => ({ ...entry, batchId }));
    const created = checked.creates.map((input) => creationAudit(input, user, today));
    const replaced = checked.updates.map(({ current, patch }) => ({
      ...patchedProject(current, patch, user, today),
      expectedVersion: current.version,
    }));
    const result = await store.projects.saveMany(
      created.map(({ project }) => project),
      replaced.map(({ project, expectedVersion }) => ({ project, expectedVersion })),
      inBatch([...created, ...replaced].flatMap(({ audit }) => audit)),
    );
    if (!result.ok) {
      const again = await check();
      return importReport({ ...base, fileIssues: again.fileIssues, rows: again.rows });
    }
    return importReport({ ...base, fileIssues: [], rows: checked.rows, batchId });
  }

  routes.post('/plans/:planId/values/import', writeBodyLimit, async (c) => {
    const user = requireWriter(c);
    return c.json(await figureImport(c, user, parseIdParam('planId', c.req.param('planId'))));
  });
  routes.post('/plans/:planId/projects/import', writeBodyLimit, async (c) => {
    const user = requireWriter(c);
    return c.json(await projectImport(c, user, parseIdParam('planId', c.req.param('planId'))));
  });

  for (const format of sheetFormats) {
    routes.get(`/plans/:planId/values/template.${format}`, async (c) => {
      const user = requireWriter(c);
      const planId = parseIdParam('planId', c.req.param('planId'));
      const query = parseQuery(figureTemplateQuerySchema, c.req.queries());
      const plan = await requirePlan(store, planId);
      const today = todayInChina();
      const period = query.period ?? defaultAsOfPeriod([], plan.year, today);
      if (yearOf(period) !== plan.year || period > periodOfDate(today))
        throw new ApiProblem('invalidParameter', { field: 'period' });
      const [contents, values] = await Promise.all([store.getPlan(planId), store.listValues({ planId })]);
      const document = figureTemplate({
        plan,
        period,
        indicators: contents?.indicators ?? [],
        values,
        mayWrite: (department) => mayWriteFor(user, department),
      });
      return sendSheet(c, document, format, `figures-${period}`, `指标数据-${period}`);
    });

    routes.get(`/plans/:planId/projects/template.${format}`, async (c) => {
      const user = requireWriter(c);
      const planId = parseIdParam('planId', c.req.param('planId'));
      parseQuery(noQuerySchema, c.req.queries());
      const plan = await requirePlan(store, planId);
      const projects = (await store.projects.listByPlan(planId)).filter((project) =>
        mayWriteFor(user, project.leadDepartment),
      );
      const document = projectSheet({ plan, projects, date: todayInChina(), variant: 'template' });
      return sendSheet(c, document, format, 'projects-template', '项目清单模板');
    });

    routes.get(`/plans/:planId/projects/export.${format}`, async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      const { asOf } = parseQuery(exportQuerySchema, c.req.queries());
      const plan = await requirePlan(store, planId);
      const date = portfolioDate(asOf, todayInChina());
      const projects = await store.projects.listByPlan(planId);
      const document = projectSheet({ plan, projects, date, variant: 'export' });
      return sendSheet(c, document, format, `projects-${date}`, `项目清单-${date}`);
    });

    routes.get(`/plans/:planId/export.${format}`, async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      const { asOf } = parseQuery(exportQuerySchema, c.req.queries());
      const tree = await loadPlanTree(store, planId, asOfView(asOf));
      if (!tree) throw new ApiProblem('notFound', { field: 'planId' });
      const asOfPeriod = asOf ?? defaultAsOfPeriod(tree.values, tree.plan.year, todayInChina());
      const document = planExport({ tree, asOfPeriod, exportedAt: new Date().toISOString() });
      return sendSheet(c, document, format, `plan-${asOfPeriod}`, `目标进度-${asOfPeriod}`);
    });
  }
  return routes;
}
