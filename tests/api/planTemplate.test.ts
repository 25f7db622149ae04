/**
 * A whole plan as one spreadsheet, through the API on every store (memory, SQLite, and PostgreSQL
 * when TEST_DATABASE_URL is set): the seed plan and a plan holding every kind of target exported
 * to the template (Excel and CSV) and imported as a new plan that equals the old one apart from its
 * ids; a file with mistakes refused sheet by sheet, row by row, with nothing written; admins only.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditListResponseSchema } from '../../src/api/auditContract';
import { planTemplateReportSchema, type PlanTemplateReport } from '../../src/api/planTemplateContract';
import type { BenchmarkSeries, Indicator, Plan, WorkItem } from '../../src/domain/model';
import type { Store } from '../../server/store/port';
import { storeKindsUnderTest } from '../store/storesUnderTest';
import { buildEveryKindPlan } from './everyTargetKindPlan';
import { origin, startInProcessApp, type InProcessApp } from './inProcessApp';

const seedPlanId = 'weihai-hitech-2024';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface PlanParts {
  plan: Plan;
  indicators: Indicator[];
  workItems: WorkItem[];
  benchmarks: BenchmarkSeries[];
}

async function partsOf(store: Store, planId: string): Promise<PlanParts> {
  return store.planEditing.read(async (documents) => {
    const plan = await documents.plan(planId);
    if (!plan) throw new Error(`no plan ${planId}`);
    return {
      plan,
      indicators: await documents.indicators(planId),
      workItems: await documents.workItems(planId),
      benchmarks: await documents.benchmarks(planId),
    };
  });
}

/** The plan with every id replaced by its place, and what only a stored copy has (versions, times) left out. */
function withoutIds({ plan, indicators, workItems, benchmarks }: PlanParts) {
  const ids = new Map<string, string>();
  const name = (id: string | null) => (id === null ? null : (ids.get(id) ?? `unknown ${id}`));
  plan.centralTasks.forEach((task, index) => ids.set(task.id, `task ${index}`));
  plan.actions.forEach((action, index) => ids.set(action.id, `action ${index}`));
  const series = [...benchmarks].sort((a, b) => a.name.zh.localeCompare(b.name.zh));
  series.forEach((each, index) => ids.set(each.id, `series ${index}`));
  const byPlace = <T extends { order: number }>(items: T[], key: (item: T) => string) =>
    [...items].sort((a, b) => key(a).localeCompare(key(b)) || a.order - b.order);
  const sortedIndicators = byPlace(
    indicators,
    (indicator) => `${name(indicator.actionId)}|${indicator.name.zh}`,
  );
  sortedIndicators.forEach((indicator, index) => ids.set(indicator.id, `indicator ${index}`));
  const { id: _id, version: _version, ...planRest } = plan;
  return {
    plan: {
      ...planRest,
      centralTasks: plan.centralTasks.map((task) => ({ ...task, id: name(task.id) })),
      actions: plan.actions.map((action) => ({
        ...action,
        id: name(action.id),
        centralTaskIds: action.centralTaskIds.map(name),
      })),
    },
    indicators: sortedIndicators.map(({ planId: _p, version: _v, updatedAt: _u, ...indicator }) => ({
      ...indicator,
      id: name(indicator.id),
      actionId: name(indicator.actionId),
      reportingDueDay: indicator.reportingDueDay ?? null,
      reference:
        indicator.reference === null
          ? null
          : indicator.reference.kind === 'benchmark'
            ? { kind: 'benchmark', seriesId: name(indicator.reference.seriesId) }
            : { kind: 'indicator', indicatorId: name(indicator.reference.indicatorId) },
    })),
    workItems: byPlace(workItems, (item) => `${name(item.actionId)}|${item.title.zh}`).map(
      ({ id: _i, planId: _p, version: _v, ...item }) => ({ ...item, actionId: name(item.actionId) }),
    ),
    benchmarks: series.map(({ planId: _p, version: _v, ...each }) => ({ ...each, id: name(each.id) })),
  };
}

describe.each(storeKindsUnderTest().map((kind) => kind.name))(
  'a whole plan as one spreadsheet on the %s store',
  (kindName) => {
    let running: InProcessApp;
    let admin: Record<string, string>;

    beforeAll(async () => {
      running = await startInProcessApp(kindName);
      admin = await running.signInAdmin();
    }, 60_000);
    afterAll(async () => {
      await running.dispose();
    });

    async function download(planId: string, format: 'xlsx' | 'csv', headers = admin): Promise<Response> {
      return running.app.request(`/api/plans/${planId}/template.${format}`, { headers });
    }

    async function importFile(
      bytes: Uint8Array,
      fileName: string,
      mode: 'dry-run' | 'commit',
      options: { headers?: Record<string, string>; language?: string } = {},
    ): Promise<{ status: number; report: PlanTemplateReport | null; text: string }> {
      const response = await running.app.request(`/api/plans/import?mode=${mode}`, {
        method: 'POST',
        headers: {
          ...(options.headers ?? admin),
          'Content-Type': fileName.endsWith('.csv') ? 'text/csv' : xlsxType,
          'X-File-Name': encodeURIComponent(fileName),
          'Accept-Language': options.language ?? 'zh-CN',
        },
        body: new Uint8Array(bytes),
      });
      const text = await response.text();
      const parsed = planTemplateReportSchema.safeParse(JSON.parse(text));
      return { status: response.status, report: parsed.success ? parsed.data : null, text };
    }

    async function roundTrip(planId: string, format: 'xlsx' | 'csv'): Promise<string> {
      const response = await download(planId, format);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const dryRun = await importFile(bytes, `plan.${format}`, 'dry-run');
      expect(dryRun.status, dryRun.text).toBe(200);
      const issues = dryRun.report?.sheets.flatMap((sheet) =>
        sheet.rows.flatMap((row) =>
          row.issues.map((issue) => `${sheet.sheet} ${row.row} ${issue.column}: ${issue.message}`),
        ),
      );
      expect(issues).toEqual([]);
      expect(dryRun.report?.fileIssues).toEqual([]);
      expect(dryRun.report).toMatchObject({ problemCount: 0, committed: false, planId: null });
      const committed = await importFile(bytes, `plan.${format}`, 'commit');
      expect(committed.report).toMatchObject({ committed: true, problemCount: 0 });
      const newPlanId = committed.report?.planId ?? '';
      expect(newPlanId).not.toBe(planId);
      return newPlanId;
    }

    it.each(['xlsx', 'csv'] as const)(
      'imports the seed plan exported as %s into a new plan equal to it apart from its ids',
      async (format) => {
        const store = running.under.store;
        const newPlanId = await roundTrip(seedPlanId, format);
        const [before, after] = await Promise.all([partsOf(store, seedPlanId), partsOf(store, newPlanId)]);
        expect(withoutIds(after)).toEqual(withoutIds(before));
        expect(after.indicators).toHaveLength(before.indicators.length);
        const plans = await store.listPlans();
        expect(plans.find((plan) => plan.id === newPlanId)).toMatchObject({ version: 1, archived: false });
      },
      60_000,
    );

    it.each(['xlsx', 'csv'] as const)(
      'keeps every kind of target and a work item’s progress through the round trip as %s',
      async (format) => {
        const store = running.under.store;
        const planId = await buildEveryKindPlan(store);
        const newPlanId = await roundTrip(planId, format);
        const [before, after] = await Promise.all([partsOf(store, planId), partsOf(store, newPlanId)]);
        expect(withoutIds(after)).toEqual(withoutIds(before));
        const comparators = new Set(
          after.indicators.flatMap((indicator) => indicator.thresholds.map((t) => t.comparator)),
        );
        expect([...comparators].sort()).toEqual(['approx', 'eq', 'gt', 'gte', 'lte', 'range']);
        expect(after.benchmarks[0]?.points).toHaveLength(2);
        expect(after.workItems[0]).toMatchObject({
          status: 'blocked',
          notes: [
            { date: '2025-04-02', text: '完成项目摸底', author: '管理员' },
            { date: '2025-07-01', text: '两个项目用地未落实', author: '管理员' },
          ],
        });
      },
      60_000,
    );

    it('records the import as one audited batch', async () => {
      const response = await download(seedPlanId, 'csv');
      const committed = await importFile(new Uint8Array(await response.arrayBuffer()), 'plan.csv', 'commit');
      const batchId = committed.report?.batchId ?? '';
      const audit = await running.app.request(`/api/audit?batchId=${batchId}&limit=500`, { headers: admin });
      const entries = auditListResponseSchema.parse(await audit.json()).entries;
      expect(entries.map((entry) => entry.entityType)).toEqual(
        expect.arrayContaining(['plan', 'indicator', 'workItem']),
      );
      expect(new Set(entries.map((entry) => entry.planId)).has(committed.report?.planId ?? '')).toBe(true);
    }, 60_000);

    it('names each mistake by sheet, row and column, in Chinese or English, and writes nothing', async () => {
      const store = running.under.store;
      const response = await download(seedPlanId, 'xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet('指标');
      if (!sheet) throw new Error('no indicator sheet');
      const headers = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ''));
      const set = (row: number, header: string, value: string | number) => {
        sheet.getCell(row, headers.indexOf(header)).value = value;
      };
      set(2, '类型', '百分率');
      set(3, '比较方式', '区间');
      set(3, '目标值', 6);
      set(3, '上限', 5);
      set(4, '牵头单位', '不存在的局');
      set(4, '截止日期', '2024-02-31');
      set(5, '参照类型', '指标');
      set(5, '参照编号', 'no-such-indicator');
      set(5, '编号', String(sheet.getCell(2, headers.indexOf('编号')).value));
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const plansBefore = await store.listPlans();
      const auditBefore = await store.audit.list({ limit: 1000 });

      const zh = await importFile(bytes, 'plan.xlsx', 'commit');
      expect(zh.report?.committed).toBe(false);
      const problems = (report: PlanTemplateReport | null) =>
        report?.sheets.flatMap((sheet) =>
          sheet.rows.flatMap((row) =>
            row.issues.map((issue) => ({
              sheet: sheet.sheet,
              row: row.row,
              column: issue.column,
              message: issue.message,
            })),
          ),
        ) ?? [];
      const found = problems(zh.report);
      expect(found).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            sheet: '指标',
            row: 2,
            column: '类型',
            message: expect.stringContaining('“百分率”无效'),
          }),
          expect.objectContaining({
            sheet: '指标',
            row: 3,
            column: '上限',
            message: expect.stringContaining('上限应不低于'),
          }),
          expect.objectContaining({
            sheet: '指标',
            row: 4,
            column: '牵头单位',
            message: expect.stringContaining('未知的部门“不存在的局”'),
          }),
          expect.objectContaining({
            sheet: '指标',
            row: 4,
            column: '截止日期',
            message: expect.stringContaining('不是日期'),
          }),
          expect.objectContaining({
            sheet: '指标',
            row: 5,
            column: '参照编号',
            message: expect.stringContaining('不是“指标”表中的编号'),
          }),
          expect.objectContaining({
            sheet: '指标',
            row: 5,
            column: '编号',
            message: expect.stringContaining('与第 2 行重复'),
          }),
        ]),
      );
      expect(zh.report?.problemCount).toBeGreaterThanOrEqual(6);
      const en = await importFile(bytes, 'plan.xlsx', 'dry-run', { language: 'en' });
      expect(problems(en.report)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            row: 3,
            column: '上限',
            message: expect.stringContaining('upper bound must be at least'),
          }),
        ]),
      );
      expect(await store.listPlans()).toEqual(plansBefore);
      expect(await store.audit.list({ limit: 1000 })).toHaveLength(auditBefore.length);
    }, 60_000);

    it('refuses a file that is not a plan template, naming the sheets it needs', async () => {
      const csv = new TextEncoder().encode('指标编号,期间,数值\r\ngdp-growth,2024-03,5\r\n');
      const { report } = await importFile(csv, 'figures.csv', 'commit');
      expect(report?.committed).toBe(false);
      expect(report?.fileIssues.map((issue) => issue.message).join(' ')).toContain('缺少工作表：计划、指标');
    });

    it('lets only an admin export or import a plan template', async () => {
      const response = await download(seedPlanId, 'csv', { Origin: origin });
      expect(response.status).toBe(401);
      const anonymous = await importFile(new Uint8Array([1]), 'x.csv', 'dry-run', {
        headers: { Origin: origin },
      });
      expect(anonymous.status).toBe(401);
      expect((await download('no-such-plan', 'csv')).status).toBe(404);
    });
  },
);
