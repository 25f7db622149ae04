/**
 * 我的待办 of one user in one plan (src/api/todoContract.ts), on a China date:
 * - the figures of the user's departments due and overdue (src/domain/accountability/overdueFigures.ts);
 * - the reminders sent to those departments about figures still missing;
 * - the reasons those departments owe: indicators 滞后 or 未完成 at the plan's latest month with any
 *   figure, without an explanation for their period (src/domain/accountability/explanations.ts);
 * - what was sent back and what waits for review (./reviewTodo.ts).
 * Admins' lists, and those of reviewers scoped to no department, cover every lead department; a
 * scoped reviewer's its departments; a viewer has no departments and nothing to do.
 */
import type { SessionUser } from '../../src/api/authContract';
import type { Explanation } from '../../src/api/explanationsContract';
import { isOfficeUser } from '../../src/api/remindersContract';
import { todoCountsOf, type TodoResponse, type TodoSections } from '../../src/api/todoContract';
import { explanationStateOf } from '../../src/domain/accountability/explanations';
import { figuresOwedOf } from '../../src/domain/accountability/overdueFigures';
import { defaultAsOfPeriod } from '../../src/domain/asOf';
import type { Indicator, IsoDate } from '../../src/domain/model';
import { evaluatePlan } from '../../src/domain/planEvaluation';
import { ApiProblem } from '../http/errors';
import { valuesWithDerived } from '../projects/derivedValues';
import type { Store } from '../store/port';
import { reviewItemOf, reviewTasksOf } from './reviewTodo';

/** Admins and reviewers scoped to no department cover every lead department; others their own. */
function departmentsOf(user: SessionUser, indicators: readonly Indicator[]): string[] {
  if (user.role === 'viewer') return [];
  const everyDepartment = isOfficeUser(user) && (user.role === 'admin' || user.departments.length === 0);
  if (!everyDepartment) return [...user.departments];
  const lead = indicators.map((indicator) => indicator.leadDepartment).filter((name) => name !== null);
  return [...new Set(lead)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

const about = (indicator: Indicator, period: string) => ({
  indicatorId: indicator.id,
  indicatorName: indicator.name,
  period,
  department: indicator.leadDepartment,
});

export async function todoListOf(
  store: Store,
  user: SessionUser,
  planId: string,
  today: IsoDate,
): Promise<TodoResponse> {
  const contents = await store.getPlan(planId);
  if (!contents) throw new ApiProblem('notFound', { field: 'planId' });
  const { plan } = contents;
  const indicators = contents.indicators.filter((indicator) => !indicator.retired);
  const departments = departmentsOf(user, indicators);
  const mine = indicators.filter(
    (indicator) => indicator.leadDepartment !== null && departments.includes(indicator.leadDepartment),
  );
  const [stored, reminders, explanations, review] = await Promise.all([
    store.listValues({ planId }),
    store.accountability.listReminders({ planId }),
    store.accountability.listExplanations({ planId }),
    reviewTasksOf(store, user, plan, indicators),
  ]);
  const reported = new Map<string, Set<string>>();
  for (const value of stored) {
    const periods = reported.get(value.indicatorId) ?? new Set<string>();
    periods.add(value.period);
    reported.set(value.indicatorId, periods);
  }
  const reportedOf = (indicator: Indicator) => reported.get(indicator.id) ?? new Set<string>();

  const sections: TodoSections = {
    figuresOverdue: [],
    figuresDue: [],
    remindersReceived: [],
    reasonsOwed: [],
    sentBack: review.sentBack.map(reviewItemOf),
    awaitingReview: review.awaitingReview.map(reviewItemOf),
  };
  for (const indicator of mine) {
    const owed = figuresOwedOf(indicator, plan, plan.year, reportedOf(indicator), today);
    for (const figure of owed.overdue)
      sections.figuresOverdue.push({
        ...about(indicator, figure.period),
        dueDate: figure.dueDate,
        daysLate: figure.daysLate,
      });
    for (const figure of owed.due)
      sections.figuresDue.push({
        ...about(indicator, figure.period),
        dueDate: figure.dueDate,
        daysLeft: figure.daysLeft,
      });
  }
  const byId = new Map(mine.map((indicator) => [indicator.id, indicator]));
  for (const reminder of reminders) {
    const indicator = byId.get(reminder.indicatorId);
    if (indicator && !reportedOf(indicator).has(reminder.period))
      sections.remindersReceived.push({ ...about(indicator, reminder.period), reminder });
  }

  const asOfPeriod = defaultAsOfPeriod(stored, plan.year, today);
  const values = await valuesWithDerived(store, plan, contents.indicators, stored, asOfPeriod);
  const evaluations = evaluatePlan(contents.indicators, values, { year: plan.year, asOfPeriod });
  const filed = new Map<string, Explanation[]>();
  for (const explanation of explanations)
    filed.set(explanation.indicatorId, [...(filed.get(explanation.indicatorId) ?? []), explanation]);
  for (const indicator of mine) {
    const evaluation = evaluations.get(indicator.id);
    if (!evaluation) continue;
    const state = explanationStateOf(evaluation, asOfPeriod, filed.get(indicator.id) ?? []);
    if (state.kind === 'owed')
      sections.reasonsOwed.push({ ...about(indicator, state.period), status: evaluation.status });
  }
  sections.figuresOverdue.sort((a, b) => b.daysLate - a.daysLate);
  sections.figuresDue.sort((a, b) => a.daysLeft - b.daysLeft);
  return { planId, today, asOfPeriod, departments, sections, counts: todoCountsOf(sections) };
}
