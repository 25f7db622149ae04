/**
 * Indicators of a plan: created, edited (wording zh/en, targets, unit, yardstick, departments),
 * moved between actions, reordered, retired and restored, and their lead departments assigned in
 * bulk. Nothing is ever deleted. Every definition is checked (definitionChecks.ts) before writing.
 */
import type { IndicatorEdit, IndicatorInput, LeadDepartmentAssignment } from '../../../src/api/plansContract';
import { indicatorSchema, type Indicator, type Plan } from '../../../src/domain/model';
import { auditEntry, changedFields, slugId, type EditContext } from './editContext';
import { definitionProblems } from './definitionChecks';
import { invalid, notFound, stale } from './editRefusal';
import { storedPlan } from './planEdits';

async function departmentNames(context: EditContext, plan: Plan): Promise<string[]> {
  const departments = await context.documents.departments(plan.zone.zh);
  return departments.filter((department) => !department.retired).map((department) => department.name.zh);
}

/**
 * Refuses the first problem of the definition. On an edit only the fields it changes are judged
 * (with what they depend on), so an old definition does not block an unrelated edit.
 */
async function checkDefinition(
  context: EditContext,
  plan: Plan,
  indicator: Indicator,
  fieldPrefix: string,
  changed: Set<string> | null,
): Promise<void> {
  const problems = definitionProblems(indicator, {
    plan,
    indicators: await context.documents.indicators(plan.id),
    benchmarks: await context.documents.benchmarks(plan.id),
    departments: await departmentNames(context, plan),
  });
  const dependsOn: Record<string, string[]> = {
    thresholds: ['thresholds', 'kind', 'reference'],
    reference: ['reference', 'unit'],
    tolerances: ['tolerances', 'kind', 'unit'],
  };
  const judged = problems.find((problem) => {
    if (changed === null) return true;
    const root = problem.field.split('.')[0] ?? problem.field;
    return (dependsOn[root] ?? [root]).some((field) => changed.has(field));
  });
  if (judged) invalid(`${fieldPrefix}${judged.field}`, judged.reason);
}

function nextOrder(indicators: Indicator[]): number {
  return indicators.reduce((highest, indicator) => Math.max(highest, indicator.order), 0) + 1;
}

export async function createIndicator(
  context: EditContext,
  planId: string,
  input: IndicatorInput,
): Promise<Indicator> {
  const plan = await storedPlan(context, planId);
  const indicators = await context.documents.indicators(planId);
  const candidate: Indicator = {
    id: slugId('indicator'),
    planId,
    actionId: input.actionId,
    isMainTarget: input.isMainTarget ?? input.actionId === null,
    order: input.order ?? nextOrder(indicators),
    name: input.name,
    kind: input.kind,
    unit: input.unit,
    unitLabel: input.unitLabel ?? null,
    direction: input.direction,
    frequency: input.frequency,
    thresholds: input.thresholds,
    targetText: input.targetText,
    tolerances: input.tolerances ?? null,
    plannedPath: input.plannedPath ?? null,
    leadDepartment: input.leadDepartment ?? null,
    dataSource: input.dataSource,
    definition: input.definition ?? null,
    sourceQuote: input.sourceQuote,
    derivation: input.derivation ?? null,
    reference: input.reference ?? null,
    nature: input.nature ?? plan.nature,
    contributingDepartments: input.contributingDepartments ?? [],
    previousYearIndicatorId: null,
    retired: false,
    version: 1,
    updatedAt: context.at,
  };
  await checkDefinition(context, plan, candidate, 'indicator.', null);
  const indicator = indicatorSchema.parse(candidate);
  if (!(await context.documents.putIndicator(indicator, null)))
    throw new Error(`indicator id taken: ${indicator.id}`);
  await context.documents.appendAudit([
    auditEntry(context, {
      entityType: 'indicator',
      entityId: indicator.id,
      planId,
      oldValue: null,
      newValue: indicator,
    }),
  ]);
  return indicator;
}

async function indicatorOfPlan(
  context: EditContext,
  planId: string,
  indicatorId: string,
): Promise<Indicator> {
  const indicator = await context.documents.indicator(indicatorId);
  if (!indicator || indicator.planId !== planId) notFound('indicatorId');
  return indicator;
}

/** Applies the edit (a retire or restore is an edit of `retired`) while the indicator is at `expectedVersion`. */
export async function editIndicator(
  context: EditContext,
  planId: string,
  indicatorId: string,
  patch: IndicatorEdit & { retired?: boolean },
  expectedVersion: number,
): Promise<Indicator> {
  const plan = await storedPlan(context, planId);
  const current = await indicatorOfPlan(context, planId, indicatorId);
  if (current.version !== expectedVersion) stale('expectedVersion', current);
  const changes = changedFields(current, patch as Partial<Indicator>);
  if (changes.length === 0) return current;
  const changed = new Set<string>(changes.map((change) => change.field));
  if ((changed.has('kind') || changed.has('unit')) && (await context.documents.hasFigures(indicatorId)))
    invalid(changed.has('kind') ? 'patch.kind' : 'patch.unit', {
      zh: '已有填报数据的指标不能更改类型或单位；可停用后新建',
      en: 'an indicator with figures cannot change its kind or unit; retire it and create another',
    });
  const candidate: Indicator = {
    ...current,
    ...Object.fromEntries(changes.map((change) => [change.field, change.newValue])),
    version: current.version + 1,
    updatedAt: context.at,
  };
  await checkDefinition(context, plan, candidate, 'patch.', changed);
  const next = indicatorSchema.parse(candidate);
  if (!(await context.documents.putIndicator(next, current.version)))
    stale('expectedVersion', (await context.documents.indicator(indicatorId)) ?? current);
  await context.documents.appendAudit(
    changes.map((change) =>
      auditEntry(context, { entityType: 'indicator', entityId: indicatorId, planId, ...change }),
    ),
  );
  return next;
}

/** Lead departments for many indicators at once: all are written, or (one stale or unknown) none. */
export async function assignLeadDepartments(
  context: EditContext,
  planId: string,
  assignments: LeadDepartmentAssignment[],
): Promise<Indicator[]> {
  const plan = await storedPlan(context, planId);
  const known = new Set(await departmentNames(context, plan));
  const seen = new Set<string>();
  const written: Indicator[] = [];
  for (const [index, assignment] of assignments.entries()) {
    if (seen.has(assignment.indicatorId))
      invalid(`assignments.${index}.indicatorId`, {
        zh: '每项指标只能出现一次',
        en: 'each indicator may appear once',
      });
    seen.add(assignment.indicatorId);
    if (assignment.leadDepartment !== null && !known.has(assignment.leadDepartment))
      invalid(`assignments.${index}.leadDepartment`, {
        zh: `应为已登记的部门之一：${[...known].join('、') || '（无）'}`,
        en: `must be one of the registered departments: ${[...known].join('、') || '(none)'}`,
      });
    const current = await context.documents.indicator(assignment.indicatorId);
    if (!current || current.planId !== planId) notFound(`assignments.${index}.indicatorId`);
    if (current.version !== assignment.expectedVersion)
      stale(`assignments.${index}.expectedVersion`, current);
    if (current.leadDepartment === assignment.leadDepartment) {
      written.push(current);
      continue;
    }
    const next = indicatorSchema.parse({
      ...current,
      leadDepartment: assignment.leadDepartment,
      version: current.version + 1,
      updatedAt: context.at,
    });
    if (!(await context.documents.putIndicator(next, current.version)))
      stale(
        `assignments.${index}.expectedVersion`,
        (await context.documents.indicator(current.id)) ?? current,
      );
    await context.documents.appendAudit([
      auditEntry(context, {
        entityType: 'indicator',
        entityId: current.id,
        planId,
        field: 'leadDepartment',
        oldValue: current.leadDepartment,
        newValue: assignment.leadDepartment,
      }),
    ]);
    written.push(next);
  }
  return written;
}
