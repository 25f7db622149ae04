/**
 * Writing figures: `PUT /api/indicators/:indicatorId/values/:period` (the entry form) and
 * `POST /api/plans/:planId/values` (the grid: every figure of one period, all or nothing). Mounted at /api.
 * The server checks everything again, whatever the client checked: who may write, the period, and
 * the value rules of each indicator's kind (src/domain/valueRules.ts). A figure far from its
 * indicator's history (src/domain/entryChecks.ts) is refused with a 400 on `confirmation` unless
 * the write carries a confirmation with a reason. A stale version is a 409 `conflict` carrying
 * what is stored now.
 */
import { Hono, type Context } from 'hono';
import {
  valueBatchBodySchema,
  valueFormBodySchema,
  type SavedValuesResponse,
  type ValueWrite,
} from '../../src/api/valuesContract';
import { checkHistory, isConfirmed, type HistoryFigure } from '../../src/domain/entryChecks';
import { periodSchema, type Indicator, type Period, type PlanSummary } from '../../src/domain/model';
import { todayInChina } from '../../src/domain/period';
import { checkFigure, checkPeriod } from '../../src/domain/valueRules';
import { requireWriter, requireWriterFor } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { parseIdParam } from '../http/parameters';
import type { Store } from '../store/port';
import type { Actor } from '../store/writesPort';

/** A signed-in user who may write figures of some department; viewers never may. */
function actorOf(c: Context<AppEnv>): Actor {
  const user = requireWriter(c);
  return { username: user.username, displayName: user.displayName };
}

async function planOf(store: Store, planId: string): Promise<PlanSummary | null> {
  const plans = await store.listPlans();
  return plans.find((plan) => plan.id === planId) ?? null;
}

/** Under review a saved figure is a draft (草稿) or, asked to, submitted (已报送); otherwise it counts at once. */
function reviewStateOf(
  plan: PlanSummary,
  submit: boolean | undefined,
): { reviewState?: 'draft' | 'submitted' } {
  if (!plan.reviewFigures) return {};
  return { reviewState: submit === true ? 'submitted' : 'draft' };
}

/**
 * Throws a 400 naming the field when the period or the figure breaks a rule. `where` says how the
 * request names things: the form's period is a path parameter; a grid write is `writes.N.` of a
 * body whose period is shared, so a period its indicator does not report in is that write's fault.
 */
function checkWrite(
  indicator: Indicator,
  write: ValueWrite,
  period: Period,
  year: number,
  history: readonly HistoryFigure[],
  where: { writePrefix: string; periodProblem: 'invalidParameter' | 'invalidBody'; offRhythmField: string },
): void {
  const today = todayInChina();
  const periodIssue = checkPeriod(indicator, period, year, today);
  if (periodIssue) {
    const field = periodIssue.rule === 'periodOffRhythm' ? where.offRhythmField : 'period';
    throw new ApiProblem(field === 'period' ? where.periodProblem : 'invalidBody', { field });
  }
  const [issue] = checkFigure(indicator, write, today);
  if (issue)
    throw new ApiProblem('invalidBody', {
      field: `${where.writePrefix}${issue.field}`,
      ...(issue.rule === 'outOfRange' && issue.min !== undefined && issue.max !== undefined
        ? { range: { min: issue.min, max: issue.max } }
        : {}),
    });
  if (!isConfirmed(write.confirmation) && checkHistory(indicator.kind, period, write.value, history))
    throw new ApiProblem('invalidBody', {
      field: `${where.writePrefix}confirmation`,
      reason: 'confirmationRequired',
    });
}

/** The stored figures of these indicators, by indicator id, to compare new ones with. */
async function historiesOf(
  store: Store,
  planId: string,
  indicatorIds: readonly string[],
): Promise<Map<string, HistoryFigure[]>> {
  const wanted = new Set(indicatorIds);
  const histories = new Map<string, HistoryFigure[]>();
  const figures =
    indicatorIds.length === 1
      ? await store.listValues({ planId, indicatorId: indicatorIds[0] })
      : await store.listValues({ planId });
  for (const figure of figures) {
    if (!wanted.has(figure.indicatorId)) continue;
    const list = histories.get(figure.indicatorId) ?? [];
    list.push({ period: figure.period, value: figure.value });
    histories.set(figure.indicatorId, list);
  }
  return histories;
}

export function valueRoutes(store: Store) {
  return new Hono<AppEnv>()
    .put('/indicators/:indicatorId/values/:period', writeBodyLimit, async (c) => {
      const actor = actorOf(c);
      const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
      const period = periodSchema.safeParse(c.req.param('period'));
      if (!period.success) throw new ApiProblem('invalidParameter', { field: 'period' });
      const indicator = await store.getIndicator(indicatorId);
      if (!indicator) throw new ApiProblem('notFound', { field: 'indicatorId' });
      requireWriterFor(c, indicator.leadDepartment);
      const body = await readJsonBody(c, valueFormBodySchema);
      const plan = await planOf(store, indicator.planId);
      if (plan === null) throw new ApiProblem('notFound', { field: 'indicatorId' });
      const { year } = plan;
      const write: ValueWrite = { ...body, indicatorId };
      const histories = await historiesOf(store, indicator.planId, [indicatorId]);
      checkWrite(indicator, write, period.data, year, histories.get(indicatorId) ?? [], {
        writePrefix: '',
        periodProblem: 'invalidParameter',
        offRhythmField: 'period',
      });
      const batchId = crypto.randomUUID();
      const result = await store.saveValues(
        [{ ...write, period: period.data, ...reviewStateOf(plan, write.submit) }],
        actor,
        batchId,
      );
      if ('conflicts' in result)
        throw new ApiProblem('conflict', { current: result.conflicts[0]?.current ?? null });
      const response: SavedValuesResponse = { saved: result.saved, batchId };
      return c.json(response);
    })
    .post('/plans/:planId/values', writeBodyLimit, async (c) => {
      const actor = actorOf(c);
      const planId = parseIdParam('planId', c.req.param('planId'));
      const plan = await planOf(store, planId);
      if (plan === null) throw new ApiProblem('notFound', { field: 'planId' });
      const { year } = plan;
      const { period, writes } = await readJsonBody(c, valueBatchBodySchema);
      const contents = await store.getPlan(planId);
      const indicators = new Map(contents?.indicators.map((indicator) => [indicator.id, indicator]));
      const seen = new Set<string>();
      const checked = writes.map((write, index) => {
        const indicator = indicators.get(write.indicatorId);
        if (!indicator || seen.has(write.indicatorId))
          throw new ApiProblem('invalidBody', { field: `writes.${index}.indicatorId` });
        seen.add(write.indicatorId);
        return { write, indicator, index };
      });
      for (const { indicator } of checked) requireWriterFor(c, indicator.leadDepartment);
      const histories = await historiesOf(
        store,
        planId,
        checked.map(({ indicator }) => indicator.id),
      );
      for (const { write, indicator, index } of checked)
        checkWrite(indicator, write, period, year, histories.get(indicator.id) ?? [], {
          writePrefix: `writes.${index}.`,
          periodProblem: 'invalidBody',
          offRhythmField: `writes.${index}.indicatorId`,
        });
      const batchId = crypto.randomUUID();
      const result = await store.saveValues(
        writes.map((write) => ({ ...write, period, ...reviewStateOf(plan, write.submit) })),
        actor,
        batchId,
      );
      if ('conflicts' in result)
        throw new ApiProblem('conflict', { current: { conflicts: result.conflicts } });
      const response: SavedValuesResponse = { saved: result.saved, batchId };
      return c.json(response);
    });
}
