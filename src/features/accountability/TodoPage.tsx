/**
 * 我的待办 (`/plans/:planId/todo`): what the signed-in user's departments have to do in the plan —
 * figures overdue and due, reminders received, reasons owed, and what review sent back or waits
 * for review. Each item links to where it is done. The counts head the page.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TodoResponse, TodoSectionName } from '../../api/todoContract';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { formatDate, formatPeriod } from '../../domain/format';
import { useLocalized } from '../../i18n/localized';
import { useSessionUser } from '../../lib/api/get-session';
import { useTodo } from '../../lib/api/get-todo';
import { formatChinaDateTime } from '../../lib/dateTimeFormat';
import { planPath } from '../../lib/plan/planAddress';
import { usePlanId } from '../../lib/plan/usePlanId';
import './accountability.css';

const sectionOrder: TodoSectionName[] = [
  'figuresOverdue',
  'remindersReceived',
  'reasonsOwed',
  'sentBack',
  'figuresDue',
  'awaitingReview',
];

export default function TodoPage() {
  const { t } = useTranslation('accountability');
  const planId = usePlanId();
  const user = useSessionUser();
  const todo = useTodo(planId, user !== null);

  return (
    <section className="page todo-page" aria-labelledby="todo-title">
      <h1 id="todo-title" className="page__title">
        {t('todo.title')}
      </h1>
      {user === null ? (
        <p>{t('todo.signIn')}</p>
      ) : todo.isError ? (
        <ErrorState error={todo.error} onRetry={() => void todo.refetch()} retrying={todo.isFetching} />
      ) : !todo.data ? (
        <LoadingState blocks={3} />
      ) : (
        <TodoContent todo={todo.data} />
      )}
    </section>
  );
}

function TodoContent({ todo }: { todo: TodoResponse }) {
  const { t } = useTranslation('accountability');
  const { locale } = useLocalized();
  if (todo.departments.length === 0) return <p>{t('todo.noDepartments')}</p>;
  return (
    <>
      <p>
        {t('todo.forDepartments', { departments: todo.departments.join(locale === 'zh-CN' ? '、' : ', ') })}
      </p>
      <p className="todo-page__counts">
        <strong>{t('todo.counts', { total: todo.counts.total })}</strong>
        {locale === 'zh-CN' ? ':' : ': '}
        {sectionOrder
          .map((name) => `${t(`todo.sections.${name}`)} ${todo.counts[name]}`)
          .join(locale === 'zh-CN' ? ',' : ', ')}
      </p>
      {sectionOrder.map((name) => (
        <TodoSection key={name} name={name} todo={todo} />
      ))}
    </>
  );
}

function TodoSection({ name, todo }: { name: TodoSectionName; todo: TodoResponse }) {
  const { t } = useTranslation('accountability');
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();
  const headingId = `todo-${name}`;
  const period = (value: string) => formatPeriod(value, locale);
  const indicatorLink = (indicatorId: string) => planPath(todo.planId, `indicators/${indicatorId}`);
  const items = todo.sections[name];
  const rows = items.map((item, index) => {
    let detail: string;
    let action: { to: string; label: string } | null = null;
    switch (name) {
      case 'figuresOverdue': {
        const overdue = todo.sections.figuresOverdue[index]!;
        detail = t('todo.overdueItem', {
          period: period(overdue.period),
          dueDate: formatDate(overdue.dueDate, locale),
          days: overdue.daysLate,
        });
        action = { to: `${planPath(todo.planId, 'entry')}?period=${overdue.period}`, label: t('todo.enter') };
        break;
      }
      case 'figuresDue': {
        const due = todo.sections.figuresDue[index]!;
        detail = t('todo.dueItem', {
          period: period(due.period),
          dueDate: formatDate(due.dueDate, locale),
          days: due.daysLeft,
        });
        action = { to: `${planPath(todo.planId, 'entry')}?period=${due.period}`, label: t('todo.enter') };
        break;
      }
      case 'remindersReceived': {
        const { reminder } = todo.sections.remindersReceived[index]!;
        detail = t('todo.reminderItem', {
          period: period(reminder.period),
          name: reminder.sentByName,
          time: formatChinaDateTime(new Date(reminder.sentAt), locale, 'long'),
        });
        if (reminder.message) detail += `${locale === 'zh-CN' ? ':' : ': '}${reminder.message}`;
        break;
      }
      case 'reasonsOwed': {
        const reason = todo.sections.reasonsOwed[index]!;
        detail = t('todo.reasonItem', {
          period: period(reason.period),
          status: tc(`status.${reason.status}`),
        });
        action = { to: indicatorLink(reason.indicatorId), label: t('todo.explain') };
        break;
      }
      case 'sentBack':
      case 'awaitingReview': {
        const review = todo.sections[name][index]!;
        detail = t('todo.reviewItem', { period: period(review.period) });
        if (review.comment) detail += `${locale === 'zh-CN' ? ':' : ': '}${review.comment}`;
        action =
          name === 'sentBack'
            ? { to: `${planPath(todo.planId, 'entry')}?period=${review.period}`, label: t('todo.correct') }
            : { to: planPath(todo.planId, 'review'), label: t('todo.review') };
        break;
      }
    }
    return (
      <li key={`${item.indicatorId} ${item.period} ${index}`} className="todo-list__item">
        <Link to={indicatorLink(item.indicatorId)}>{pick(item.indicatorName)}</Link>
        {todo.departments.length > 1 && item.department ? <span>{item.department}</span> : null}
        <span className="todo-list__detail">{detail}</span>
        {action ? (
          <Link to={action.to} className="button button--small">
            {action.label}
          </Link>
        ) : null}
      </li>
    );
  });
  return (
    <section className="todo-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t(`todo.sections.${name}`)} ({items.length})
      </h2>
      {items.length === 0 ? <p>{t('todo.empty')}</p> : <ul className="todo-list">{rows}</ul>}
    </section>
  );
}
