/**
 * Spreadsheets in and out through the API, on both targets: downloading the figures template,
 * importing it with a bad row (refused, nothing written), fixing and committing it (written in one
 * audited batch), the project list's round trip, the plan export, and who may do what.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectListResponseSchema } from '../../src/api/projectsContract';
import { auditListResponseSchema } from '../../src/api/entryContract';
import { importReportSchema, type ImportReport } from '../../src/api/transferContract';
import { readWorkbook } from '../../server/transfer/testWorkbook';
import { entryClient, planId } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const startTimeout = 60_000;
const statistics = '区统计局';
const growth = 'industrial-value-added-growth';
const retail = 'retail-sales-growth';
const rank = 'foreign-capital-city-rank';
const revenue = 'public-budget-revenue-growth';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(apiTargets)('importing and exporting spreadsheets on $name', (target) => {
  let running: RunningTarget | undefined;
  const api = entryClient(() => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  });
  const people = {} as Record<'admin' | 'editor' | 'viewer', SignedIn>;

  beforeAll(async () => {
    running = await target.start();
    people.admin = await signInAs(running, 'admin');
    people.editor = await signInAs(running, 'editor', [statistics]);
    people.viewer = await signInAs(running, 'viewer');
    for (const indicatorId of [growth, retail, rank])
      await api.setLeadDepartment(people.admin, indicatorId, statistics);
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  /** A text download as the API sends it, its text decoded (without the byte order mark). */
  function download(path: string, as: SignedIn | null) {
    return api.call(path, { as });
  }

  async function downloadBytes(path: string, as: SignedIn | null): Promise<Uint8Array> {
    const response = await fetch(`${running?.baseUrl}${path}`, { headers: as ? as.headers : {} });
    expect(response.status).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  }

  async function upload(path: string, bytes: Uint8Array, fileName: string, as: SignedIn | null) {
    const form = new FormData();
    form.set(
      'file',
      new File([new Uint8Array(bytes)], fileName, {
        type: fileName.endsWith('.csv') ? 'text/csv' : xlsxType,
      }),
    );
    const response = await fetch(`${running?.baseUrl}${path}`, {
      method: 'POST',
      headers: { Origin: new URL(running?.baseUrl ?? '').origin, ...(as ? as.headers : {}) },
      body: form,
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      report: (): ImportReport => importReportSchema.parse(JSON.parse(text)),
    };
  }

  /** The template's data sheet with `edit` applied, as .xlsx bytes. */
  async function editedTemplate(edit: (rows: Map<string, ExcelJS.Row>) => void): Promise<Uint8Array> {
    const workbook = await readWorkbook(
      await downloadBytes(`/api/plans/${planId}/values/template.xlsx?period=2024-03`, people.editor),
    );
    const sheet = workbook.getWorksheet('指标数据');
    if (!sheet) throw new Error('the template has no 指标数据 sheet');
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, number) => {
      if (number > 1) rows.set(String(row.getCell(1).value), row);
    });
    edit(rows);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  function setCell(
    rows: Map<string, ExcelJS.Row>,
    indicatorId: string,
    column: number,
    value: ExcelJS.CellValue,
  ) {
    const row = rows.get(indicatorId);
    if (!row) throw new Error(`the template has no row for ${indicatorId}`);
    row.getCell(column).value = value;
  }

  describe('who may', () => {
    it('asks anonymous visitors to sign in and refuses viewers, for templates and imports', async () => {
      for (const path of [
        `/api/plans/${planId}/values/template.xlsx`,
        `/api/plans/${planId}/projects/template.csv`,
      ]) {
        expect((await api.call(path)).status).toBe(401);
        expect((await api.call(path, { as: people.viewer })).status).toBe(403);
      }
      const csv = new TextEncoder().encode('指标编号,期间,数值,版本\r\ngdp-growth,2024-03,6,\r\n');
      for (const path of [
        `/api/plans/${planId}/values/import?mode=dry-run`,
        `/api/plans/${planId}/projects/import?mode=dry-run`,
      ]) {
        expect((await upload(path, csv, 'a.csv', null)).status).toBe(401);
        expect((await upload(path, csv, 'a.csv', people.viewer)).status).toBe(403);
      }
    });

    it('lets anyone who may view download the exports', async () => {
      expect((await api.call(`/api/plans/${planId}/export.csv`)).status).toBe(200);
      expect((await api.call(`/api/plans/${planId}/projects/export.csv`, { as: people.viewer })).status).toBe(
        200,
      );
    });
  });

  describe('the figures template', () => {
    it('offers the editor’s indicators for the month, current figures and versions filled in, with a 说明 sheet', async () => {
      const workbook = await readWorkbook(
        await downloadBytes(`/api/plans/${planId}/values/template.xlsx?period=2024-03`, people.editor),
      );
      const sheet = workbook.getWorksheet('指标数据');
      const ids: string[] = [];
      sheet?.eachRow((row, number) => {
        if (number > 1) ids.push(String(row.getCell(1).value));
      });

      expect(sheet?.getRow(1).values).toEqual([
        undefined,
        '指标编号',
        '指标名称',
        '单位',
        '期间',
        '数值',
        '研判',
        '完成日期',
        '备注',
        '来源',
        '版本',
      ]);
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      // The three led by 区统计局 here, and the two the seed gives 区统计局 (its data source).
      expect(ids.sort()).toEqual(
        [rank, growth, retail, 'gdp-growth', 'fixed-asset-investment-growth'].sort(),
      );
      expect(workbook.getWorksheet('说明')).toBeDefined();
    });

    it('comes as CSV with a byte order mark, and refuses a month outside the plan year', async () => {
      const path = `/api/plans/${planId}/values/template.csv?period=2024-03`;
      const csv = await download(path, people.editor);
      expect(csv.status).toBe(200);
      expect(csv.response.headers.get('Content-Type')).toMatch(/^text\/csv/);
      expect((await downloadBytes(path, people.editor)).slice(0, 3)).toEqual(
        new Uint8Array([0xef, 0xbb, 0xbf]),
      );
      expect(csv.text).toContain(`"${growth}","规模以上工业增加值","%","2024-03"`);

      const outside = await api.errorOf(`/api/plans/${planId}/values/template.xlsx?period=2025-01`, {
        as: people.editor,
      });
      expect(outside).toMatchObject({ status: 400, error: { code: 'invalidParameter', field: 'period' } });
    });
  });

  describe('importing figures', () => {
    it('shows the bad row rejected and writes nothing, then writes the fixed file in one audited batch', async () => {
      const before = await api.snapshot();
      const growthBefore = await api.figure(growth, '2024-03');
      const withBadRow = await editedTemplate((rows) => {
        setCell(rows, growth, 5, 9.6);
        setCell(rows, retail, 5, '五点八');
      });

      const dryRun = await upload(
        `/api/plans/${planId}/values/import?mode=dry-run`,
        withBadRow,
        '三月.xlsx',
        people.editor,
      );
      expect(dryRun.status, dryRun.text).toBe(200);
      const preview = dryRun.report();
      expect(preview.fileName).toBe('三月.xlsx');
      expect(preview.counts).toMatchObject({ update: 1, error: 1 });
      const bad = preview.rows.find((row) => row.values['指标编号'] === retail);
      expect(bad?.outcome).toBe('error');
      expect(bad?.issues).toEqual([{ column: '数值', code: 'notANumber', message: '“五点八”不是数字' }]);

      const refused = await upload(
        `/api/plans/${planId}/values/import?mode=commit`,
        withBadRow,
        '三月.xlsx',
        people.editor,
      );
      expect(refused.report()).toMatchObject({ committed: false, batchId: null });
      expect(await api.snapshot()).toEqual(before);

      const fixed = await editedTemplate((rows) => {
        setCell(rows, growth, 5, 9.6);
        setCell(rows, retail, 5, 5.8);
        setCell(rows, retail, 8, '统计月报');
      });
      const committed = await upload(
        `/api/plans/${planId}/values/import?mode=commit`,
        fixed,
        '三月.xlsx',
        people.editor,
      );
      const report = committed.report();
      expect(report).toMatchObject({ committed: true, counts: { update: 2, error: 0 } });

      expect(await api.figure(growth, '2024-03')).toMatchObject({
        value: 9.6,
        isDemo: false,
        version: (growthBefore?.version ?? 0) + 1,
        recordedBy: people.editor.user.displayName,
      });
      expect(await api.figure(retail, '2024-03')).toMatchObject({ value: 5.8, note: '统计月报' });
      const audit = await api.call(`/api/audit?batchId=${report.batchId}`, { as: people.viewer });
      const entries = auditListResponseSchema.parse(audit.json()).entries;
      expect(entries.map((entry) => [entry.entityId, entry.period]).sort()).toEqual([
        [growth, '2024-03'],
        [retail, '2024-03'],
      ]);
    });

    it('reports a row stale when the figure changed after the template was downloaded', async () => {
      const file = await editedTemplate((rows) => {
        setCell(rows, rank, 5, 2);
      });
      const current = await api.figure(rank, '2024-03');
      const put = await api.call(`/api/indicators/${rank}/values/2024-03`, {
        method: 'PUT',
        as: people.admin,
        body: { value: 1, note: '他人更正', expectedVersion: current?.version ?? null },
      });
      expect(put.status, put.text).toBe(200);

      const report = (
        await upload(`/api/plans/${planId}/values/import?mode=commit`, file, 't.xlsx', people.editor)
      ).report();

      expect(report.committed).toBe(false);
      expect(
        report.rows.find((row) => row.values['指标编号'] === rank)?.issues.map((issue) => issue.code),
      ).toEqual(['conflict']);
      expect((await api.figure(rank, '2024-03'))?.note).toBe('他人更正');
    });

    it('reports indicators the editor may not write as row errors', async () => {
      const csv = new TextEncoder().encode(`指标编号,期间,数值,版本\r\n${revenue},2024-02,5.1,\r\n`);

      const report = (
        await upload(`/api/plans/${planId}/values/import?mode=dry-run`, csv, 'a.csv', people.editor)
      ).report();

      expect(report.rows[0]?.issues.map((issue) => [issue.column, issue.code])).toEqual([
        ['指标编号', 'notPermitted'],
      ]);
    });

    it('takes a CSV file as the raw body with its name in a header, and refuses a file over 1 MB with 413', async () => {
      const csv = `指标编号,期间,数值,版本\r\n${growth},2024-11,9.1,\r\n`;
      const raw = await api.call(`/api/plans/${planId}/values/import?mode=dry-run`, {
        method: 'POST',
        as: people.editor,
        rawBody: csv,
        headers: { 'Content-Type': 'text/csv', 'X-File-Name': encodeURIComponent('十一月.csv') },
      });
      expect(raw.status, raw.text).toBe(200);
      expect(importReportSchema.parse(raw.json())).toMatchObject({
        fileName: '十一月.csv',
        counts: { create: 1 },
      });

      const tooLarge = await api.call(`/api/plans/${planId}/values/import?mode=dry-run`, {
        method: 'POST',
        as: people.editor,
        rawBody: csv + `${growth},2024-11,9.1,\r\n`.repeat(40_000),
        headers: { 'Content-Type': 'text/csv' },
      });
      expect(tooLarge.status).toBe(413);
    });

    it('names the missing columns of a file that is not the template', async () => {
      const csv = new TextEncoder().encode('名称,金额\r\n某项,1\r\n');

      const report = (
        await upload(`/api/plans/${planId}/values/import?mode=dry-run`, csv, 'x.csv', people.editor)
      ).report();

      expect(report.fileIssues.map((issue) => issue.code)).toEqual(['missingColumns', 'unknownColumns']);
      expect(report.fileIssues[0]?.message).toBe('缺少列：指标编号、期间、数值、版本');
    });
  });

  describe('the project list', () => {
    it('exports every project, and imports a new one after a dry run, in one audited batch', async () => {
      const listed = projectListResponseSchema.parse(
        (await api.call(`/api/plans/${planId}/projects`)).json(),
      );
      const exported = await download(`/api/plans/${planId}/projects/export.csv`, null);
      expect(exported.text.trim().split('\r\n')).toHaveLength(listed.projects.length + 1);

      const csv = new TextEncoder().encode(
        '项目名称,级别,类别,产业链,赛道,牵头单位,总投资（亿元）,2024年计划投资（亿元）,状态,状态日期\r\n' +
          '碳纤维复材产线,市级,重点项目,新材料,碳纤维,区工信局,12,3.5,已开工,2024-03-18\r\n' +
          '空白级别,,重点项目,,,区工信局,1,0.5,,\r\n',
      );
      const dryRun = (
        await upload(`/api/plans/${planId}/projects/import?mode=dry-run`, csv, 'p.csv', people.admin)
      ).report();
      expect(dryRun.rows.map((row) => [row.outcome, row.issues.map((issue) => issue.column)])).toEqual([
        ['create', []],
        ['error', ['级别']],
      ]);
      const refused = (
        await upload(`/api/plans/${planId}/projects/import?mode=commit`, csv, 'p.csv', people.admin)
      ).report();
      expect(refused.committed).toBe(false);

      const fixed = new TextEncoder().encode(
        new TextDecoder().decode(csv).replace('空白级别,,', '空白级别,区级,'),
      );
      const committed = (
        await upload(`/api/plans/${planId}/projects/import?mode=commit`, fixed, 'p.csv', people.admin)
      ).report();
      expect(committed).toMatchObject({ committed: true, counts: { create: 2 } });

      const after = projectListResponseSchema.parse(
        (await api.call(`/api/plans/${planId}/projects?q=碳纤维复材产线`)).json(),
      );
      expect(after.projects).toEqual([
        expect.objectContaining({
          name: '碳纤维复材产线',
          level: 'city',
          track: 'carbonFibre',
          status: 'started',
          version: 1,
        }),
      ]);
      const audit = await api.call(`/api/audit?batchId=${committed.batchId}`, { as: people.admin });
      expect(auditListResponseSchema.parse(audit.json()).entries).toHaveLength(2);
    });

    it('gives an editor a template of the projects they may edit only', async () => {
      const template = await download(`/api/plans/${planId}/projects/template.csv`, people.editor);

      expect(template.status).toBe(200);
      expect(template.text.trim().split('\r\n')).toHaveLength(1);
      expect(template.text).toContain('"项目编号","项目名称"');
    });
  });

  describe('the plan export', () => {
    it('gives every indicator with its status in an Excel file with a 说明 sheet naming the as-of month', async () => {
      const { indicators } = await api.snapshot();
      const workbook = await readWorkbook(
        await downloadBytes(`/api/plans/${planId}/export.xlsx?asOf=2024-06`, null),
      );
      const sheet = workbook.getWorksheet('目标进度');

      expect(sheet?.actualRowCount).toBe(indicators.length + 1);
      expect(sheet?.getRow(1).getCell(12).value).toBe('状态');
      const notes: string[] = [];
      workbook.getWorksheet('说明')?.eachRow((row) => notes.push(String(row.getCell(2).value)));
      expect(notes).toContain('2024年6月末：只计入当时已录入的数据');
    });

    it('refuses an as-of month that is not one', async () => {
      expect((await api.errorOf(`/api/plans/${planId}/export.csv?asOf=June`, {})).status).toBe(400);
      expect((await api.errorOf(`/api/plans/no-such-plan/export.csv`, {})).status).toBe(404);
    });
  });
});
