/** Adds a central task, or a campaign action with its source sentence and the tasks it serves. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, CentralTask, Plan } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useAddAction, useAddCentralTask } from './api/plan-writes';
import { BilingualInputs } from './BilingualInputs';
import { describedBy, FieldMessage } from './FieldMessage';
import { serverErrorFor } from './writeErrors';
import { WriteStatus } from './WriteStatus';

const empty: Bilingual = { zh: '', en: '' };

function nextOrder(items: readonly { order: number }[]): number {
  return items.reduce((highest, item) => Math.max(highest, item.order), 0) + 1;
}

export function AddCentralTaskForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planAdmin');
  const add = useAddCentralTask(plan.id);
  const [name, setName] = useState(empty);
  return (
    <form
      className="plan-admin__inline-form"
      aria-label={t('frame.addTask')}
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(
          {
            centralTask: {
              name: { zh: name.zh.trim(), en: name.en.trim() },
              order: nextOrder(plan.centralTasks),
            },
            expectedVersion: plan.version,
          },
          { onSuccess: () => setName(empty) },
        );
      }}
    >
      <h3 className="plan-admin__form-title">{t('frame.addTask')}</h3>
      <BilingualInputs
        label={t('frame.name')}
        value={name}
        onChange={setName}
        errors={{ zh: serverErrorFor(add.error, 'name.zh'), en: serverErrorFor(add.error, 'name.en') }}
      />
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {t('frame.addTask')}
      </button>
      <WriteStatus error={add.error} saved={add.isSuccess} shownFields={['name']} />
    </form>
  );
}

export function TaskChoices({
  tasks,
  chosen,
  onChange,
  legend,
}: {
  tasks: readonly CentralTask[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  legend: string;
}) {
  const { pick } = useLocalized();
  return (
    <fieldset className="plan-admin__choices">
      <legend>{legend}</legend>
      {tasks.map((task) => (
        <label key={task.id} className="plan-admin__check">
          <input
            type="checkbox"
            checked={chosen.includes(task.id)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? tasks.map((each) => each.id).filter((id) => id === task.id || chosen.includes(id))
                  : chosen.filter((id) => id !== task.id),
              )
            }
          />
          {pick(task.name)}
        </label>
      ))}
    </fieldset>
  );
}

export function AddActionForm({ plan, tasks }: { plan: Plan; tasks: readonly CentralTask[] }) {
  const { t } = useTranslation('planAdmin');
  const id = useId();
  const add = useAddAction(plan.id);
  const [name, setName] = useState(empty);
  const [quote, setQuote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const quoteError = serverErrorFor(add.error, 'sourceQuote');
  return (
    <form
      className="plan-admin__inline-form"
      aria-label={t('frame.addAction')}
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(
          {
            action: {
              name: { zh: name.zh.trim(), en: name.en.trim() },
              centralTaskIds: chosen,
              sourceQuote: quote.trim(),
              order: nextOrder(plan.actions),
            },
            expectedVersion: plan.version,
          },
          {
            onSuccess: () => {
              setName(empty);
              setQuote('');
              setChosen([]);
            },
          },
        );
      }}
    >
      <h3 className="plan-admin__form-title">{t('frame.addAction')}</h3>
      <BilingualInputs
        label={t('frame.name')}
        value={name}
        onChange={setName}
        errors={{ zh: serverErrorFor(add.error, 'name.zh'), en: serverErrorFor(add.error, 'name.en') }}
      />
      <div className="plan-admin__field">
        <label htmlFor={`${id}-quote`}>{t('common.sourceQuote')}</label>
        <p id={`${id}-quote-hint`} className="plan-admin__hint">
          {t('common.sourceQuoteHint')}
        </p>
        <textarea
          id={`${id}-quote`}
          className="plan-admin__input"
          lang="zh-CN"
          rows={2}
          value={quote}
          onChange={(event) => setQuote(event.target.value)}
          {...describedBy(`${id}-quote-error`, quoteError)}
        />
        <FieldMessage id={`${id}-quote-error`} message={quoteError} />
      </div>
      <TaskChoices tasks={tasks} chosen={chosen} onChange={setChosen} legend={t('frame.actionTasks')} />
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {t('frame.addAction')}
      </button>
      <WriteStatus error={add.error} saved={add.isSuccess} shownFields={['name', 'sourceQuote']} />
    </form>
  );
}
