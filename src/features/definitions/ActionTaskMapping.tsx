/**
 * 设置行动与中心任务的对应关系: admins tick, for each campaign action, the central tasks it serves.
 * Each action is saved on its own; the overview's central-task filter follows.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignAction, CentralTask } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useSessionUser } from '../../lib/api/get-session';
import { useUpdateActionTasks } from './api/update-definition';
import './definitions.css';

interface ActionTaskMappingProps {
  planId: string;
  actions: readonly CampaignAction[];
  tasks: readonly CentralTask[];
}

export function ActionTaskMapping({ planId, actions, tasks }: ActionTaskMappingProps) {
  const { t } = useTranslation('definitions');
  const isAdmin = useSessionUser()?.role === 'admin';
  if (!isAdmin) return null;
  return (
    <details className="definitions">
      <summary className="definitions__summary">{t('mapping.toggle')}</summary>
      <div className="definitions__tasks">
        {actions.map((action) => (
          <ActionTasksRow
            key={`${action.id}-${action.centralTaskIds.join(',')}`}
            planId={planId}
            action={action}
            tasks={tasks}
          />
        ))}
      </div>
    </details>
  );
}

function ActionTasksRow({
  planId,
  action,
  tasks,
}: {
  planId: string;
  action: CampaignAction;
  tasks: readonly CentralTask[];
}) {
  const { t } = useTranslation('definitions');
  const { pick } = useLocalized();
  const save = useUpdateActionTasks(planId, action.id);
  const [chosen, setChosen] = useState<readonly string[]>(action.centralTaskIds);
  const name = pick(action.name);

  function toggle(taskId: string, checked: boolean) {
    setChosen((current) =>
      checked ? [...current, taskId] : current.filter((candidate) => candidate !== taskId),
    );
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ centralTaskIds: tasks.map((task) => task.id).filter((id) => chosen.includes(id)) });
      }}
    >
      <fieldset>
        <legend>{t('mapping.actionGroup', { action: name })}</legend>
        {tasks.map((task) => (
          <label key={task.id} className="definitions__check">
            <input
              type="checkbox"
              checked={chosen.includes(task.id)}
              onChange={(event) => toggle(task.id, event.target.checked)}
            />
            {pick(task.name)}
          </label>
        ))}
        <button
          type="submit"
          className="button"
          disabled={save.isPending}
          aria-label={t('mapping.saveAction', { action: name })}
        >
          {t('mapping.save')}
        </button>
        <span role="status">{save.isSuccess ? t('mapping.saved') : null}</span>
        {save.error ? <span role="alert">{t('mapping.failed', { message: save.error.message })}</span> : null}
      </fieldset>
    </form>
  );
}
