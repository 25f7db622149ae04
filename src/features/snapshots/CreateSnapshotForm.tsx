/** 保存新快照: the meeting's name and day, and optionally the month the figures stand at. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import type { PlanSummary } from '../../domain/model';
import { periodsOfYear, todayInChina } from '../../domain/period';
import { formatPeriod } from '../../domain/format';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { useLocalized } from '../../i18n/localized';
import { useCreateSnapshot } from './api/create-snapshot';
import { planPath } from '../../lib/plan/planAddress';

export function CreateSnapshotForm({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation('snapshots');
  const { t: tc } = useTranslation();
  const { locale } = useLocalized();
  const navigate = useNavigate();
  const id = useId();
  const [name, setName] = useState<string>(() => t('create.defaultName'));
  const [meetingDate, setMeetingDate] = useState(() => todayInChina());
  const [asOf, setAsOf] = useState('');
  const create = useCreateSnapshot(plan.id);

  function submit(event: FormEvent): void {
    event.preventDefault();
    create.mutate(
      { name, meetingDate, ...(asOf ? { asOf } : {}) },
      {
        onSuccess: (snapshot) =>
          navigate(planPath(snapshot.planId, `snapshots/${encodeURIComponent(snapshot.id)}`)),
      },
    );
  }

  const error = create.error;
  return (
    <form className="panel snapshot-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('create.heading')}
      </h2>
      <div className="snapshot-form__fields">
        <label className="snapshot-form__field">
          {t('create.name')}
          <input
            className="snapshot-form__input"
            value={name}
            required
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="snapshot-form__field">
          {t('create.meetingDate')}
          <input
            className="snapshot-form__input"
            type="date"
            value={meetingDate}
            required
            onChange={(e) => setMeetingDate(e.target.value)}
          />
        </label>
        <label className="snapshot-form__field">
          {t('create.asOf')}
          <select className="select" value={asOf} onChange={(e) => setAsOf(e.target.value)}>
            <option value="">{t('create.latest')}</option>
            {periodsOfYear(plan.year).map((period) => (
              <option key={period} value={period}>
                {formatPeriod(period, locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? (
        <p className="snapshot-form__error" role="alert">
          {error instanceof ApiError && (error.code === 'unauthorized' || error.code === 'forbidden')
            ? t('create.signIn')
            : tc(errorMessageKey(error))}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {create.isPending ? t('create.saving') : t('create.submit')}
      </button>
    </form>
  );
}
