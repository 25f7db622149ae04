/**
 * 我的待办 in the header, for a signed-in user: the link with the count in words (待办3项), so the
 * number is read, not told by a coloured dot. Nothing for anonymous visitors.
 */
import { ListTodo } from 'lucide-react';
import { NavLink } from 'react-router';
import { fixedT } from '../../i18n/fixedT';
import { useSessionUser } from '../../lib/api/get-session';
import { useTodo } from '../../lib/api/get-todo';
import { planPath } from '../../lib/plan/planAddress';
import { useLocale } from '../../stores/locale';

export function TodoNavLink({ planId }: { planId: string }) {
  const user = useSessionUser();
  const todo = useTodo(planId, user !== null && user.role !== 'viewer');
  const t = fixedT(useLocale(), 'common');
  if (!user || user.role === 'viewer') return null;
  const total = todo.data?.counts.total ?? 0;
  return (
    <NavLink to={planPath(planId, 'todo')} className="site-nav__link todo-nav-link">
      <ListTodo className="todo-nav-link__icon" aria-hidden="true" focusable="false" />
      {t('reporting.todo')}
      {total > 0 ? (
        <span className="todo-nav-link__count">{t('reporting.todoCount', { count: total })}</span>
      ) : null}
    </NavLink>
  );
}
