/**
 * The plan's frame: its goal positioning, its central tasks and its campaign actions in the plan's
 * order, each action with the status of its indicators in words and icons. It stands below the
 * targets and folds away to its heading. The seed plan's is the "1310" frame (1310工作体系: one
 * goal, three tasks, ten actions); another plan's is named as the plan names it, else plainly, and
 * counted as it is (五项攻坚行动). A plan with neither tasks nor actions, such as one drafted from a
 * report, has no frame to show.
 */
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../domain/evaluation';
import type { Indicator, Plan, WorkItem } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { ActionStatusCounts } from './ActionStatusCounts';
import type { Evaluations } from '../../lib/plan/evaluatePlan';
import { FilterLink } from './FilterLink';
import { useOverviewSlots } from './overviewSlots';

interface PlanFrameProps {
  plan: Plan;
  indicators: readonly Indicator[];
  workItems: readonly WorkItem[];
  evaluations: Evaluations;
}

export const PlanFrame = memo(function PlanFrame({
  plan,
  indicators,
  workItems,
  evaluations,
}: PlanFrameProps) {
  const { t } = useTranslation('overview');
  const { ActionTaskMapping } = useOverviewSlots();
  const { pick } = useLocalized();
  const tasksHeadingId = useId();
  const actionsHeadingId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(true);
  const actions = useMemo(() => [...plan.actions].sort((a, b) => a.order - b.order), [plan.actions]);
  const tasks = useMemo(() => [...plan.centralTasks].sort((a, b) => a.order - b.order), [plan.centralTasks]);

  const statusesByAction = useMemo(() => {
    const byAction = new Map<string, Status[]>();
    for (const indicator of indicators) {
      const status = evaluations.get(indicator.id)?.status;
      if (indicator.actionId === null || status === undefined) continue;
      byAction.set(indicator.actionId, [...(byAction.get(indicator.actionId) ?? []), status]);
    }
    return byAction;
  }, [indicators, evaluations]);

  const { tasksLabel, actionsLabel, heading } = useFrameWords(plan, tasks.length, actions.length);

  const workItemCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of workItems) counts.set(item.actionId, (counts.get(item.actionId) ?? 0) + 1);
    return counts;
  }, [workItems]);

  if (tasks.length === 0 && actions.length === 0) return null;

  return (
    <section className="panel frame" aria-labelledby="frame-heading">
      <div className="panel__head">
        <h2 id="frame-heading" className="panel__title">
          {heading}
        </h2>
        <button
          type="button"
          className="button button--small frame__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={`${open ? t('frame.hide') : t('frame.show')} ${heading}`}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          {open ? t('frame.hide') : t('frame.show')}
        </button>
      </div>
      <div id={bodyId} className="frame__body" hidden={!open}>
        <div className="frame__top">
          <div className="frame__goal">
            <h3 className="frame__label">{t('frame.goal')}</h3>
            <p className="frame__goal-text">{pick(plan.goal.text)}</p>
          </div>
          {tasks.length > 0 ? (
            <div className="frame__tasks">
              <h3 id={tasksHeadingId} className="frame__label">
                {tasksLabel}
              </h3>
              <ul className="frame__task-list" aria-labelledby={tasksHeadingId}>
                {tasks.map((task) => (
                  <li key={task.id}>
                    <FilterLink
                      filter="task"
                      value={task.id}
                      className="frame__task"
                      title={t('frame.filterByTask', { name: pick(task.name) })}
                    >
                      {pick(task.name)}
                    </FilterLink>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        {actions.length > 0 ? (
          <h3 id={actionsHeadingId} className="frame__label">
            {actionsLabel}
          </h3>
        ) : null}
        <ol className="frame__actions" aria-labelledby={actionsHeadingId}>
          {actions.map((action) => (
            <li key={action.id} className="frame__action">
              <span className="frame__action-order" aria-hidden="true">
                {action.order}
              </span>
              <div className="frame__action-body">
                <FilterLink
                  filter="action"
                  value={action.id}
                  className="frame__action-name"
                  title={t('frame.filterByAction', { name: pick(action.name) })}
                >
                  {pick(action.name)}
                </FilterLink>
                <ActionStatusCounts
                  statuses={statusesByAction.get(action.id) ?? []}
                  workItemCount={workItemCounts.get(action.id) ?? 0}
                />
              </div>
            </li>
          ))}
        </ol>
        <ActionTaskMapping planId={plan.id} actions={actions} tasks={tasks} />
      </div>
    </section>
  );
});

const chineseCounts = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const englishCounts = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** The frame's heading and its counted labels (三大中心任务, 五项攻坚行动 / Five campaign actions). */
function useFrameWords(plan: Plan, taskCount: number, actionCount: number) {
  const { t } = useTranslation('overview');
  const { pick, locale } = useLocalized();
  const counted = (count: number) =>
    (locale === 'zh-CN' ? chineseCounts[count] : englishCounts[count]) ?? String(count);
  const isThe1310Frame = taskCount === 3 && actionCount === 10;
  return {
    heading: plan.frameName
      ? pick(plan.frameName)
      : isThe1310Frame
        ? t('frame.heading')
        : t('frame.headingPlain'),
    tasksLabel: taskCount === 1 ? t('frame.task') : t('frame.tasks', { counted: counted(taskCount) }),
    actionsLabel:
      actionCount === 1 ? t('frame.action') : t('frame.actions', { counted: counted(actionCount) }),
  };
}
