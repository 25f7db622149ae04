/**
 * Confirming a reviewed draft: the targets the planner accepted written into a new plan, or added
 * to an existing one, in one unit of work. Every target is checked first
 * (src/domain/drafting/draftedIndicator.ts); the frame items the plan lacks are created; the plan
 * is written at the next version (so two confirmations of the same version cannot both land), and
 * every item gets its audit entry. A refusal anywhere leaves nothing written.
 */
import type { DraftConfirmationBody, DraftConfirmationResponse } from '../../../src/api/planDraftsContract';
import {
  draftedIndicator,
  draftedIndicatorProblems,
  type DraftedIndicator,
} from '../../../src/domain/drafting/draftedIndicator';
import type { CampaignAction, CentralTask, Indicator, Plan } from '../../../src/domain/model';
import type { EditContext } from './editContext';
import { EditRefusal, invalid } from './editRefusal';
import { createIndicator } from './indicatorEdits';
import { createPlan, planAtVersion, writePlan } from './planEdits';

export type DraftConfirmation = Omit<DraftConfirmationBody, 'note'>;

/** "thresholds.0.value 未填写…" → "未填写…": the refusal names the field itself. */
function withoutPath(text: string, path: string): string {
  return text.startsWith(path) ? text.slice(path.length).replace(/^[\s:：]+/, '') : text;
}

function checkTargets(input: DraftConfirmation, year: number): void {
  input.targets.forEach((target, index) => {
    const [problem] = draftedIndicatorProblems(target, year);
    if (problem)
      invalid(`targets.${index}.${problem.path}`, {
        zh: withoutPath(problem.message.zh, problem.path),
        en: withoutPath(problem.message.en, problem.path),
      });
  });
}

function freeId(taken: Set<string>, prefix: string): string {
  for (let number = taken.size + 1; ; number += 1) {
    const id = `${prefix}-${number}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

const order = (items: { order: number }[]) =>
  items.reduce((highest, item) => Math.max(highest, item.order), 0);

/** The plan with the central tasks and actions it lacks by name, and what was added. */
function withFrame(plan: Plan, input: DraftConfirmation, indicators: DraftedIndicator[]) {
  const taken = new Set([...plan.centralTasks, ...plan.actions].map((item) => item.id));
  const knownTasks = new Set(plan.centralTasks.map((task) => task.name.zh));
  const centralTasks: CentralTask[] = [];
  for (const name of input.centralTasks) {
    if (knownTasks.has(name)) continue;
    knownTasks.add(name);
    centralTasks.push({
      id: freeId(taken, 'task'),
      order: order(plan.centralTasks) + centralTasks.length + 1,
      name: { zh: name, en: name },
      retired: false,
    });
  }
  const knownActions = new Set(plan.actions.map((action) => action.name.zh));
  const actions: CampaignAction[] = [];
  const named = indicators.flatMap((indicator) =>
    indicator.actionName === null ? [] : [indicator.actionName],
  );
  for (const name of [...input.actions, ...named]) {
    if (knownActions.has(name)) continue;
    knownActions.add(name);
    actions.push({
      id: freeId(taken, 'action'),
      order: order(plan.actions) + actions.length + 1,
      name: { zh: name, en: name },
      centralTaskIds: [],
      sourceQuote: name.length >= 4 ? name : `${name}行动`,
      retired: false,
    });
  }
  const next: Plan = {
    ...plan,
    centralTasks: [...plan.centralTasks, ...centralTasks],
    actions: [...plan.actions, ...actions],
  };
  return { next, added: [...centralTasks, ...actions] };
}

export async function confirmDraft(
  context: EditContext,
  input: DraftConfirmation,
): Promise<DraftConfirmationResponse> {
  const { into } = input;
  const year =
    into.kind === 'newPlan'
      ? into.plan.year
      : (await planAtVersion(context, into.planId, into.expectedVersion)).year;
  checkTargets(input, year);
  const current =
    into.kind === 'newPlan'
      ? await createPlan(context, into.plan)
      : await planAtVersion(context, into.planId, into.expectedVersion);
  const drafted = input.targets.map((target) => draftedIndicator(target, year));
  const { next, added } = withFrame(current, input, drafted);
  const plan = await writePlan(context, current, next, [
    ...added.map((item) => ({
      entityType: 'sourceQuote' in item ? ('action' as const) : ('centralTask' as const),
      entityId: item.id,
      oldValue: null,
      newValue: item,
    })),
    {
      entityType: 'plan',
      entityId: current.id,
      field: 'draftedTargets',
      oldValue: null,
      newValue: { targets: drafted.length, frameItems: added.length },
    },
  ]);
  const actionIds = new Map(plan.actions.map((action) => [action.name.zh, action.id]));
  const indicators: Indicator[] = [];
  for (const [index, { actionName, ...indicator }] of drafted.entries()) {
    const actionId = actionName === null ? null : (actionIds.get(actionName) ?? null);
    indicators.push(
      await createIndicator(context, plan.id, { ...indicator, actionId }).catch((error: unknown) => {
        // The definition check of the store names `indicator.…`; the body names `targets.N.…`.
        if (error instanceof EditRefusal && error.code === 'invalid')
          throw new EditRefusal(
            'invalid',
            error.field.replace(/^indicator\./, `targets.${index}.`),
            error.details,
          );
        throw error;
      }),
    );
  }
  return { plan, indicators };
}
