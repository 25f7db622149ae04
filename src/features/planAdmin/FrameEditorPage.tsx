/**
 * `/plans/:planId/admin`: the frame editor. The goal positioning; central tasks and campaign
 * actions added, renamed, reordered, retired and restored (retired ones listed apart); an action's
 * central tasks (several allowed).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignAction, CentralTask, Plan } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useUpdateAction, useUpdateCentralTask } from './api/plan-writes';
import { AddActionForm, AddCentralTaskForm, TaskChoices } from './AddFrameItemForm';
import { FrameItemRow } from './FrameItemRow';
import { inForce, retiredOnes } from './frameOrder';
import { GoalForm } from './GoalForm';
import { PlanAdminFrame } from './PlanAdminFrame';
import { PlanTemplateExport } from './PlanTemplateExport';
import { useFrameMoves } from './useFrameMoves';
import { WriteStatus } from './WriteStatus';

export default function FrameEditorPage() {
  const { t } = useTranslation('planAdmin');
  return (
    <PlanAdminFrame heading={(plan) => t('frame.title', { plan })}>
      {({ plan }) => (
        <>
          <FrameEditor plan={plan} />
          <PlanTemplateExport planId={plan.id} />
        </>
      )}
    </PlanAdminFrame>
  );
}

function FrameEditor({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planAdmin');
  const moves = useFrameMoves(plan);
  const updateTask = useUpdateCentralTask(plan.id);
  const updateAction = useUpdateAction(plan.id);
  const tasks = inForce(plan.centralTasks);
  const actions = inForce(plan.actions);
  const retiredTasks = retiredOnes(plan.centralTasks);
  const retiredActions = retiredOnes(plan.actions);

  return (
    <>
      <GoalForm plan={plan} />
      <section className="panel" aria-labelledby="frame-tasks">
        <h2 id="frame-tasks" className="panel__title">
          {t('frame.tasks')}
        </h2>
        {tasks.length === 0 ? <p>{t('frame.noTasks')}</p> : null}
        <ol className="plan-admin__items">
          {tasks.map((task, index) => (
            <FrameItemRow
              key={task.id}
              name={task.name}
              position={index}
              count={tasks.length}
              retired={false}
              pending={moves.pending}
              onMove={(step) => void moves.move('central-tasks', tasks, task, step)}
              onRetire={(retired) => void moves.setRetired('central-tasks', task.id, retired)}
              onRename={(name) =>
                updateTask.mutateAsync({ taskId: task.id, patch: { name }, expectedVersion: plan.version })
              }
              renameError={updateTask.error}
            />
          ))}
        </ol>
        <AddCentralTaskForm plan={plan} />
      </section>
      <section className="panel" aria-labelledby="frame-actions">
        <h2 id="frame-actions" className="panel__title">
          {t('frame.actions')}
        </h2>
        {actions.length === 0 ? <p>{t('frame.noActions')}</p> : null}
        <ol className="plan-admin__items">
          {actions.map((action, index) => (
            <FrameItemRow
              key={action.id}
              name={action.name}
              position={index}
              count={actions.length}
              retired={false}
              pending={moves.pending}
              onMove={(step) => void moves.move('actions', actions, action, step)}
              onRetire={(retired) => void moves.setRetired('actions', action.id, retired)}
              onRename={(name) =>
                updateAction.mutateAsync({
                  actionId: action.id,
                  patch: { name },
                  expectedVersion: plan.version,
                })
              }
              renameError={updateAction.error}
            >
              <ActionTasks plan={plan} action={action} tasks={tasks} />
            </FrameItemRow>
          ))}
        </ol>
        <AddActionForm plan={plan} tasks={tasks} />
      </section>
      <WriteStatus error={moves.error} />
      <section className="panel" aria-labelledby="frame-retired">
        <h2 id="frame-retired" className="panel__title">
          {t('common.retiredHeading')}
        </h2>
        {retiredTasks.length + retiredActions.length === 0 ? <p>{t('common.noneRetired')}</p> : null}
        <ul className="plan-admin__items">
          {[
            ...retiredTasks.map((task) => ({ kind: 'central-tasks' as const, item: task })),
            ...retiredActions.map((action) => ({ kind: 'actions' as const, item: action })),
          ].map(({ kind, item }) => (
            <FrameItemRow
              key={item.id}
              name={item.name}
              position={0}
              count={1}
              retired
              pending={moves.pending}
              onMove={() => undefined}
              onRetire={(retired) => void moves.setRetired(kind, item.id, retired)}
              onRename={() => Promise.resolve()}
              renameError={null}
            />
          ))}
        </ul>
      </section>
    </>
  );
}

function ActionTasks({
  plan,
  action,
  tasks,
}: {
  plan: Plan;
  action: CampaignAction;
  tasks: readonly CentralTask[];
}) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const update = useUpdateAction(plan.id);
  const [chosen, setChosen] = useState<string[]>(action.centralTaskIds);
  const name = pick(action.name);
  return (
    <form
      className="plan-admin__action-tasks"
      aria-label={t('frame.actionTasksOf', { name })}
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({
          actionId: action.id,
          patch: { centralTaskIds: chosen },
          expectedVersion: plan.version,
        });
      }}
    >
      <TaskChoices
        tasks={tasks}
        chosen={chosen}
        onChange={setChosen}
        legend={t('frame.actionTasksOf', { name })}
      />
      <button type="submit" className="button button--small" disabled={update.isPending}>
        {t('frame.saveTasks')}
      </button>
      <WriteStatus error={update.error} saved={update.isSuccess} />
    </form>
  );
}
