/**
 * Checks on entry through the API, on every target: a figure far from its indicator's history is
 * refused with a bilingual 400 until the write carries a confirmation with a reason, and that
 * reason lands in the audit trail. The rules are in src/domain/entryChecks.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditListResponseSchema } from '../../src/api/auditContract';
import { entryClient, planId } from './entryClient';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const startTimeout = 60_000;
const growth = 'industrial-value-added-growth';
const department = '区统计局';

describe.each(apiTargets)('checks on entry on $name', (target) => {
  let running: RunningTarget | undefined;
  const api = entryClient(() => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  });
  let editor: SignedIn;

  async function putFigure(period: string, fields: Record<string, unknown>, language = 'zh-CN') {
    const current = await api.figure(growth, period);
    return api.call(`/api/indicators/${growth}/values/${period}`, {
      method: 'PUT',
      as: editor,
      headers: { 'Accept-Language': language },
      body: { note: '', expectedVersion: current?.version ?? null, ...fields },
    });
  }

  beforeAll(async () => {
    running = await target.start();
    const admin = await signInAs(running, 'admin');
    editor = await signInAs(running, 'editor', [department]);
    await api.setLeadDepartment(admin, growth, department);
    // May's 9.2 % is the history June is compared with (confirmed, whatever April held).
    const may = await putFigure('2024-05', { value: 9.2, confirmation: { reason: '按统计月报' } });
    expect(may.status, may.text).toBe(200);
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  it('refuses a growth rate that jumps from 9.2 % to 95 % without a confirmation, in both languages', async () => {
    const before = await api.snapshot();

    const zh = await putFigure('2024-06', { value: 95 });
    const en = await putFigure('2024-06', { value: 95 }, 'en-US');
    const blank = await putFigure('2024-06', { value: 95, confirmation: { reason: '   ' } });

    expect(zh.status).toBe(400);
    expect(zh.json()).toMatchObject({
      error: {
        code: 'invalidBody',
        field: 'confirmation',
        message: '该数据与此指标以往的数据相差过大,需要确认:请在 confirmation.reason 中说明原因后再保存',
      },
    });
    expect(en.json()).toMatchObject({
      error: { field: 'confirmation', message: expect.stringContaining('needs a confirmation') as string },
    });
    expect(blank.status).toBe(400);
    expect(await api.snapshot()).toEqual(before);
  });

  it('refuses the same jump in a grid save, naming the write', async () => {
    const current = await api.figure(growth, '2024-06');
    const saved = await api.call(`/api/plans/${planId}/values`, {
      method: 'POST',
      as: editor,
      body: {
        period: '2024-06',
        writes: [{ indicatorId: growth, value: 95, note: '', expectedVersion: current?.version ?? null }],
      },
    });
    expect(saved.status).toBe(400);
    expect(saved.json()).toMatchObject({ error: { field: 'writes.0.confirmation' } });
  });

  it('saves it with a confirmation and keeps the reason in the audit trail', async () => {
    const saved = await putFigure('2024-06', { value: 95, confirmation: { reason: '口径调整，经核实无误' } });
    expect(saved.status, saved.text).toBe(200);

    const audit = await api.call(`/api/audit?indicatorId=${growth}&limit=5`, { as: editor });
    const [latest] = auditListResponseSchema.parse(audit.json()).entries;
    expect(latest).toMatchObject({
      period: '2024-06',
      newValue: { value: 95, confirmation: { reason: '口径调整，经核实无误' } },
    });
  });

  it('saves a figure near its history without a confirmation', async () => {
    const saved = await putFigure('2024-05', { value: 9.5 });
    expect(saved.status, saved.text).toBe(200);
  });
});
