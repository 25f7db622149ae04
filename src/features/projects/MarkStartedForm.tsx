/**
 * 标记开工: a writer of the project's lead department (or an admin) records the day work started.
 * The start rate and the other derived indicators follow at once, since every query is refreshed.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import type { IsoDate } from '../../domain/model';
import { todayInChina } from '../../domain/period';
import type { Project } from '../../domain/projects/model';
import { useUpdateProject } from './api/update-project';

type Outcome = { kind: 'conflict' } | { kind: 'invalidDate' } | { kind: 'failed'; error: unknown };

function outcomeOfError(error: unknown): Outcome {
  if (error instanceof ApiError && error.code === 'conflict') return { kind: 'conflict' };
  if (error instanceof ApiError && error.code === 'invalidBody' && error.field === 'statusEvent.date')
    return { kind: 'invalidDate' };
  return { kind: 'failed', error };
}

interface MarkStartedFormProps {
  project: Project;
  /** Called with the start date once it is saved. */
  onSaved: (date: IsoDate) => void;
}

export function MarkStartedForm({ project, onSaved }: MarkStartedFormProps) {
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation();
  const today = todayInChina();
  const earliest = project.statusHistory.at(-1)?.date;
  const [date, setDate] = useState<IsoDate>(today);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const mutation = useUpdateProject(project.id);
  const dateId = useId();
  const reasonId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    // A promise, not mutate's callbacks: once saved, the project is started and this form leaves
    // the page, often before the answer's callbacks would run, and the page must still say so.
    mutation
      .mutateAsync({
        expectedVersion: project.version,
        // The note goes with the dated event and into the change record.
        statusEvent: { status: 'started', date, ...(reason.trim() ? { note: reason.trim() } : {}) },
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      })
      .then(
        () => onSaved(date),
        (error: unknown) => setOutcome(outcomeOfError(error)),
      );
  };

  return (
    <section className="panel mark-started" aria-labelledby="mark-started-heading">
      <h2 id="mark-started-heading" className="panel__title">
        {t('markStarted.heading')}
      </h2>
      <p className="mark-started__intro">{t('markStarted.intro')}</p>
      <form className="mark-started__form" onSubmit={submit}>
        <div className="filters__field">
          <label htmlFor={dateId} className="filters__label">
            {t('markStarted.date')}
          </label>
          <input
            id={dateId}
            type="date"
            className="input"
            required
            value={date}
            min={earliest}
            max={today}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <div className="filters__field mark-started__reason">
          <label htmlFor={reasonId} className="filters__label">
            {t('markStarted.reason')}
          </label>
          <input
            id={reasonId}
            type="text"
            className="input"
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('markStarted.saving') : t('markStarted.submit')}
        </button>
      </form>
      {outcome ? (
        <p role="alert" className="mark-started__error">
          {outcome.kind === 'conflict'
            ? t('markStarted.conflict')
            : outcome.kind === 'invalidDate'
              ? t('markStarted.invalidDate')
              : tc(errorMessageKey(outcome.error))}
        </p>
      ) : null}
    </section>
  );
}
