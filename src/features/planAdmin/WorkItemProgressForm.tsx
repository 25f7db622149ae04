/** 未启动 / 推进中 / 已完成 / 滞后 with a dated note: set by admins and the lead department's editors. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workItemStatusSchema, type WorkItem, type WorkItemStatus } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useWorkItemProgress } from './api/content-writes';
import { describedBy, FieldMessage } from './FieldMessage';
import { serverErrorFor } from './writeErrors';
import { WriteStatus } from './WriteStatus';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function WorkItemProgressForm({ planId, workItem }: { planId: string; workItem: WorkItem }) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const id = useId();
  const save = useWorkItemProgress(planId);
  const [status, setStatus] = useState<WorkItemStatus>(workItem.status);
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const dateError = serverErrorFor(save.error, 'date');
  const textError = serverErrorFor(save.error, 'text');
  const name = pick(workItem.title);

  return (
    <form
      className="plan-admin__inline-form"
      aria-label={t('workItems.progressOf', { name })}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { workItemId: workItem.id, status, date, text: text.trim(), expectedVersion: workItem.version },
          { onSuccess: () => setText('') },
        );
      }}
    >
      <div className="plan-admin__row">
        <div className="plan-admin__field">
          <label htmlFor={`${id}-status`}>{t('workItems.status')}</label>
          <select
            id={`${id}-status`}
            className="select"
            value={status}
            onChange={(event) => setStatus(workItemStatusSchema.parse(event.target.value))}
          >
            {workItemStatusSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`workItems.statuses.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="plan-admin__field">
          <label htmlFor={`${id}-date`}>{t('workItems.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            className="plan-admin__input plan-admin__input--date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            {...describedBy(`${id}-date-error`, dateError)}
          />
          <FieldMessage id={`${id}-date-error`} message={dateError} />
        </div>
      </div>
      <div className="plan-admin__field">
        <label htmlFor={`${id}-text`}>{t('workItems.note')}</label>
        <textarea
          id={`${id}-text`}
          className="plan-admin__input"
          lang="zh-CN"
          rows={2}
          required
          value={text}
          onChange={(event) => setText(event.target.value)}
          {...describedBy(`${id}-text-error`, textError)}
        />
        <FieldMessage id={`${id}-text-error`} message={textError} />
      </div>
      <div className="plan-admin__buttons">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('workItems.saveProgress')}
        </button>
      </div>
      <WriteStatus error={save.error} saved={save.isSuccess} shownFields={['date', 'text']} />
    </form>
  );
}
