/** Creating, editing and copying plans, over one unit of work (documentsPort.ts). */
import type { NewPlanInput, PlanCopyInput, PlanPatch } from '../../../src/api/plansContract';
import { planSchema, type Bilingual, type Plan } from '../../../src/domain/model';
import { auditEntry, changedFields, slugId, type EditContext } from './editContext';
import { datedInYearProblem } from './definitionChecks';
import { invalid, notFound, stale } from './editRefusal';

export async function storedPlan(context: EditContext, planId: string): Promise<Plan> {
  return (await context.documents.plan(planId)) ?? notFound('planId');
}

/** The plan when it is still at the version the writer read; a 409 with the stored plan otherwise. */
export async function planAtVersion(
  context: EditContext,
  planId: string,
  expectedVersion: number,
): Promise<Plan> {
  const plan = await storedPlan(context, planId);
  if (plan.version !== expectedVersion) stale('expectedVersion', plan);
  return plan;
}

/** Writes the next version of the plan; `changes` become its audit entries. */
export async function writePlan(
  context: EditContext,
  current: Plan,
  next: Plan,
  changes: {
    entityType: 'plan' | 'centralTask' | 'action';
    entityId: string;
    field?: string;
    oldValue: unknown;
    newValue: unknown;
  }[],
): Promise<Plan> {
  const written = planSchema.parse({ ...next, version: current.version + 1 });
  if (!(await context.documents.putPlan(written, current.version)))
    stale('expectedVersion', (await context.documents.plan(current.id)) ?? current);
  await context.documents.appendAudit(
    changes.map((change) => auditEntry(context, { ...change, planId: current.id })),
  );
  return written;
}

function sourceDocumentOf(input: NewPlanInput['sourceDocument'], year: number): Plan['sourceDocument'] {
  if (!input) return { title: '', publisher: '', meetingOn: `${year}-01-01`, publishedOn: `${year}-01-01` };
  return {
    title: input.title,
    publisher: input.publisher ?? '',
    meetingOn: input.meetingOn ?? input.publishedOn,
    publishedOn: input.publishedOn,
  };
}

function checkSourceDocument(input: NewPlanInput['sourceDocument'], field: string): void {
  if (!input) return;
  for (const key of ['publishedOn', 'meetingOn'] as const) {
    const date = input[key];
    // A source document may be published the year before its plan (a work report of January),
    // so only the date itself is checked.
    const problem =
      date === undefined ? null : datedInYearProblem(`${field}.${key}`, date, Number(date.slice(0, 4)));
    if (problem) invalid(problem.field, problem.reason);
  }
}

export async function createPlan(context: EditContext, input: NewPlanInput): Promise<Plan> {
  checkSourceDocument(input.sourceDocument, 'plan.sourceDocument');
  const plan = planSchema.parse({
    id: slugId(`plan-${input.year}`),
    zone: input.organisation,
    organisationLevel: input.organisationLevel,
    year: input.year,
    title: input.title,
    sourceDocument: sourceDocumentOf(input.sourceDocument, input.year),
    nature: input.nature ?? 'expected',
    copiedFromPlanId: null,
    archived: false,
    version: 1,
    frameName: input.frameName ?? null,
    sourceText: input.sourceText ?? '',
    goal: input.goal ?? {
      text: input.title,
      sourceQuote: input.title.zh.length >= 4 ? input.title.zh : `${input.year}年${input.title.zh}`,
    },
    centralTasks: [],
    actions: [],
  });
  if (!(await context.documents.putPlan(plan, null))) throw new Error(`plan id taken: ${plan.id}`);
  await context.documents.appendAudit([
    auditEntry(context, {
      entityType: 'plan',
      entityId: plan.id,
      planId: plan.id,
      oldValue: null,
      newValue: { year: plan.year, title: plan.title },
    }),
  ]);
  return plan;
}

export async function updatePlan(
  context: EditContext,
  planId: string,
  patch: PlanPatch,
  expectedVersion: number,
): Promise<Plan> {
  const current = await planAtVersion(context, planId, expectedVersion);
  checkSourceDocument(patch.sourceDocument, 'patch.sourceDocument');
  const { organisation, sourceDocument, ...rest } = patch;
  const wanted: Partial<Plan> = {
    ...rest,
    ...(organisation === undefined ? {} : { zone: organisation }),
    ...(sourceDocument === undefined
      ? {}
      : { sourceDocument: sourceDocumentOf(sourceDocument, current.year) }),
  };
  const changes = changedFields(current, wanted);
  if (changes.length === 0) return current;
  const next = {
    ...current,
    ...Object.fromEntries(changes.map((change) => [change.field, change.newValue])),
  };
  return writePlan(
    context,
    current,
    next,
    changes.map((change) => ({ entityType: 'plan', entityId: planId, ...change })),
  );
}

/** "2024年工作计划" → "2025年工作计划": the year in a title follows the copy. */
function retitled(title: Bilingual, from: number, to: number): Bilingual {
  return {
    zh: title.zh.replaceAll(String(from), String(to)),
    en: title.en.replaceAll(String(from), String(to)),
  };
}

/**
 * Ids for the copy: the old id with its year swapped or added (gdp-growth → gdp-growth-2025),
 * and a number after it while that is taken.
 */
export function copyIdMaker(year: number, taken: (id: string) => Promise<boolean>) {
  const used = new Set<string>();
  return async (oldId: string): Promise<string> => {
    const base = `${oldId.replace(/-(19|20)\d\d$/, '').slice(0, 68)}-${year}`;
    for (let attempt = 1; ; attempt += 1) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`;
      if (!used.has(candidate) && !(await taken(candidate))) {
        used.add(candidate);
        return candidate;
      }
    }
  };
}

/**
 * The plan copied to another year: the frame, the indicators (their definitions, tolerances,
 * reporting rhythm, departments and yardsticks, each linked to last year's), the work items'
 * titles and the benchmark series' names. Targets, figures, progress, points, projects, decks and
 * snapshots stay with the old plan. Every copied item gets a new id.
 */
export async function copyPlan(context: EditContext, planId: string, input: PlanCopyInput): Promise<Plan> {
  const { documents } = context;
  const source = await storedPlan(context, planId);
  if (input.year === source.year)
    invalid('year', {
      zh: `应不同于原计划年度（${source.year}年）`,
      en: `must differ from the plan's year (${source.year})`,
    });
  const newPlanId = await copyIdMaker(
    input.year,
    async (id) => (await documents.plan(id)) !== null,
  )(source.id);
  const frameId = copyIdMaker(input.year, () => Promise.resolve(false));
  const taskIds = new Map<string, string>();
  for (const task of source.centralTasks) taskIds.set(task.id, await frameId(task.id));
  const actionIds = new Map<string, string>();
  for (const action of source.actions) actionIds.set(action.id, await frameId(action.id));
  const plan = planSchema.parse({
    ...source,
    id: newPlanId,
    year: input.year,
    title: input.title ?? retitled(source.title, source.year, input.year),
    sourceDocument: sourceDocumentOf(undefined, input.year),
    sourceText: '',
    copiedFromPlanId: source.id,
    archived: false,
    version: 1,
    centralTasks: source.centralTasks.map((task) => ({ ...task, id: taskIds.get(task.id) })),
    actions: source.actions.map((action) => ({
      ...action,
      id: actionIds.get(action.id),
      centralTaskIds: action.centralTaskIds.flatMap((taskId) => taskIds.get(taskId) ?? []),
    })),
  });
  if (!(await documents.putPlan(plan, null))) throw new Error(`plan id taken: ${plan.id}`);

  const benchmarkId = copyIdMaker(input.year, async (id) => (await documents.benchmark(id)) !== null);
  const benchmarkIds = new Map<string, string>();
  for (const series of await documents.benchmarks(source.id)) {
    const id = await benchmarkId(series.id);
    benchmarkIds.set(series.id, id);
    await documents.putBenchmark({ ...series, id, planId: plan.id, points: [], version: 1 }, null);
  }

  const indicatorId = copyIdMaker(input.year, async (id) => (await documents.indicator(id)) !== null);
  const indicators = await documents.indicators(source.id);
  const indicatorIds = new Map<string, string>();
  for (const indicator of indicators) indicatorIds.set(indicator.id, await indicatorId(indicator.id));
  for (const indicator of indicators) {
    const reference = indicator.reference;
    const copiedReference =
      reference === null
        ? null
        : reference.kind === 'benchmark'
          ? {
              kind: 'benchmark' as const,
              seriesId: benchmarkIds.get(reference.seriesId) ?? reference.seriesId,
            }
          : {
              kind: 'indicator' as const,
              indicatorId: indicatorIds.get(reference.indicatorId) ?? reference.indicatorId,
            };
    await documents.putIndicator(
      {
        ...indicator,
        id: indicatorIds.get(indicator.id) ?? indicator.id,
        planId: plan.id,
        actionId: indicator.actionId === null ? null : (actionIds.get(indicator.actionId) ?? null),
        thresholds: [],
        targetText: { zh: '待设定', en: 'To be set' },
        plannedPath: null,
        reference: copiedReference,
        previousYearIndicatorId: indicator.id,
        version: 1,
        updatedAt: context.at,
      },
      null,
    );
  }

  const workItemId = copyIdMaker(input.year, async (id) => (await documents.workItem(id)) !== null);
  for (const item of await documents.workItems(source.id)) {
    await documents.putWorkItem(
      {
        ...item,
        id: await workItemId(item.id),
        planId: plan.id,
        actionId: actionIds.get(item.actionId) ?? item.actionId,
        status: 'notStarted',
        notes: [],
        version: 1,
      },
      null,
    );
  }
  await documents.appendAudit([
    auditEntry(context, {
      entityType: 'plan',
      entityId: plan.id,
      planId: plan.id,
      field: 'copiedFromPlanId',
      oldValue: null,
      newValue: { copiedFromPlanId: source.id, year: plan.year },
    }),
  ]);
  return plan;
}
