/**
 * The audit trail through the API, on both targets: who may read it, its filters, the CSV export
 * for Excel, and that nothing can change or delete an entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditListResponseSchema, type AuditEntry } from '../../src/api/auditContract';
import { entryClient, planId } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const startTimeout = 60_000;
const growth = 'retail-sales-growth';
const department = '区商务部门';

describe.each(apiTargets)('the audit trail on $name', (target) => {
  let running: RunningTarget | undefined;
  const api = entryClient(() => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  });
  let admin: SignedIn;
  let editor: SignedIn;
  let viewer: SignedIn;

  beforeAll(async () => {
    running = await target.start();
    admin = await signInAs(running, 'admin');
    editor = await signInAs(running, 'editor', [department]);
    viewer = await signInAs(running, 'viewer');
    await api.setLeadDepartment(admin, growth, department);
    const current = await api.figure(growth, '2024-03');
    const saved = await api.call(`/api/indicators/${growth}/values/2024-03`, {
      method: 'PUT',
      as: editor,
      body: {
        value: 5.9,
        note: '按统计快报更正',
        source: '统计快报',
        expectedVersion: current?.version ?? null,
      },
    });
    expect(saved.status, saved.text).toBe(200);
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  async function entries(query: string, as: SignedIn = viewer): Promise<AuditEntry[]> {
    const response = await api.call(`/api/audit${query}`, { as });
    expect(response.status, response.text).toBe(200);
    return auditListResponseSchema.parse(response.json()).entries;
  }

  it('is closed to visitors who are not signed in', async () => {
    expect((await api.errorOf('/api/audit', {})).status).toBe(401);
    expect((await api.errorOf(`/api/indicators/${growth}/audit`, {})).status).toBe(401);
  });

  it('shows a saved figure with who changed it, from what to what, and why', async () => {
    const [entry] = await entries(`?indicatorId=${growth}&entityType=value`);
    expect(entry).toMatchObject({
      actor: editor.user.username,
      actorName: editor.user.displayName,
      entityType: 'value',
      entityId: growth,
      planId,
      period: '2024-03',
      oldValue: { value: 5.6, isDemo: true },
      newValue: { value: 5.9, isDemo: false, source: '统计快报' },
      note: '按统计快报更正',
    });
  });

  it('lists the same entries on the indicator page as under the indicator filter', async () => {
    const response = await api.call(`/api/indicators/${growth}/audit`, { as: viewer });
    expect(response.status).toBe(200);
    expect(auditListResponseSchema.parse(response.json()).entries).toEqual(
      await entries(`?indicatorId=${growth}`),
    );
  });

  it('filters by who and by date, in China days', async () => {
    expect(
      (await entries(`?actor=${editor.user.username}`)).every(
        (entry) => entry.actor === editor.user.username,
      ),
    ).toBe(true);
    expect(await entries(`?actor=${editor.user.username}&to=2024-12-31`)).toEqual([]);
    expect((await entries(`?actor=${editor.user.username}&from=2024-01-01`)).length).toBeGreaterThan(0);
  });

  it('refuses an unknown filter or a malformed date, naming it', async () => {
    const unknown = await api.errorOf('/api/audit?who=me', { as: viewer });
    expect([unknown.status, unknown.error.code, unknown.error.field]).toEqual([
      400,
      'invalidParameter',
      'who',
    ]);
    const badDate = await api.errorOf('/api/audit?from=yesterday', { as: viewer });
    expect([badDate.status, badDate.error.field]).toEqual([400, 'from']);
  });

  it('exports CSV that Excel opens: a UTF-8 BOM, Chinese headers and the indicator by name', async () => {
    const requests: { path: string; headers: Record<string, string> }[] = [
      { path: `/api/audit?indicatorId=${growth}&format=csv`, headers: {} },
      { path: `/api/audit?indicatorId=${growth}`, headers: { Accept: 'text/csv' } },
    ];
    for (const request of requests) {
      const response = await fetch(`${running?.baseUrl}${request.path}`, {
        headers: { ...viewer.headers, ...request.headers },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers.get('Content-Disposition')).toMatch(/^attachment/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
      const [header, firstRow] = text.split('\r\n');
      expect(header).toBe(
        '"时间(北京时间)","操作人","账号","类型","对象编号","对象名称","期间","字段","原值","新值","说明","批次"',
      );
      expect(firstRow).toContain('"指标数值"');
      expect(firstRow).toContain('"社会消费品零售总额"');
      expect(firstRow).toContain('"5.6 (示例数据)","5.9"');
      expect(firstRow).toContain('"按统计快报更正"');
    }
  });

  it('has no way to change or delete an entry', async () => {
    const before = await entries('', admin);
    const [first] = before;
    for (const method of ['DELETE', 'PUT', 'PATCH', 'POST']) {
      for (const path of ['/api/audit', `/api/audit/${first?.id}`]) {
        const response = await api.call(path, { method, as: admin, body: {} });
        expect(response.status, `${method} ${path}`).toBe(404);
      }
    }
    expect(await entries('', admin)).toEqual(before);
  });
});
