/** 催报 on the indicator page, for office users who review its lead department: choose an overdue period, add a note, remind the lead department. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mayReviewFor } from '../../api/authContract';
import { isOfficeUser } from '../../api/remindersContract';
import { overdueFiguresOf } from '../../domain/accountability/overdueFigures';
import { formatPeriod } from '../../domain/format';
import type { Indicator, Period } from '../../domain/model';
import { todayInChina } from '../../domain/period';
import { useLocalized } from '../../i18n/localized';
import { useSessionUser } from '../../lib/api/get-session';
import { formatChinaDateTime } from '../../lib/dateTimeFormat';
import { useReminders, useSendReminder } from './api/send-reminder';

interface ReminderFormProps {
  indicator: Indicator;
  plan: { reportingDueDay?: number | null | undefined };
  missingPeriods: readonly Period[];
}

export function ReminderForm(props: ReminderFormProps) {
  const user = useSessionUser();
  const department = props.indicator.leadDepartment;
  if (!isOfficeUser(user) || department === null || !mayReviewFor(user, department)) return null;
  return <OfficeReminderForm {...props} department={department} />;
}

function OfficeReminderForm({
  indicator,
  plan,
  missingPeriods,
  department,
}: ReminderFormProps & { department: string }) {
  const { t } = useTranslation('accountability');
  const { locale } = useLocalized();
  const overdue = overdueFiguresOf(
    indicator,
    { reportingDueDay: plan.reportingDueDay ?? null },
    missingPeriods,
    todayInChina(),
  );
  const [period, setPeriod] = useState<Period | ''>('');
  const [message, setMessage] = useState('');
  const send = useSendReminder(indicator.planId, indicator.id);
  const sent = useReminders(indicator.planId).data?.reminders.filter(
    (item) => item.indicatorId === indicator.id,
  );
  const chosen = period || overdue[0]?.period;
  if (overdue.length === 0 && !sent?.length) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen) send.mutate({ period: chosen, message }, { onSuccess: () => setMessage('') });
  }

  return (
    <section className="reminder-panel" aria-labelledby="reminder-title">
      <h2 id="reminder-title" className="section-title">
        {t('reminder.title')}
      </h2>
      {overdue.length > 0 ? (
        <form className="reminder-form" onSubmit={submit}>
          <label>
            <span>{t('reminder.period')}</span>
            <select value={chosen} onChange={(e) => setPeriod(e.target.value)}>
              {overdue.map((figure) => (
                <option key={figure.period} value={figure.period}>
                  {formatPeriod(figure.period, locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('reminder.message')}</span>
            <input type="text" maxLength={500} value={message} onChange={(e) => setMessage(e.target.value)} />
          </label>
          <button type="submit" className="button button--primary" disabled={send.isPending}>
            {send.isPending ? t('reminder.sending') : t('reminder.send', { department })}
          </button>
        </form>
      ) : null}
      {send.isSuccess ? (
        <p role="status">
          {t('reminder.sent', { department, period: formatPeriod(send.data.reminder.period, locale) })}
        </p>
      ) : null}
      {send.isError ? <p role="alert">{t('reminder.failed', { message: send.error.message })}</p> : null}
      {sent && sent.length > 0 ? (
        <ul className="plain-list reminder-panel__sent">
          {sent.map((reminder) => (
            <li key={reminder.id}>
              {t('reminder.sentList', {
                period: formatPeriod(reminder.period, locale),
                time: formatChinaDateTime(new Date(reminder.sentAt), locale, 'long'),
                name: reminder.sentByName,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
