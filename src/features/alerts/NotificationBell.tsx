/**
 * The bell in the header: a link to the notification centre with the unread count in words and
 * digits (never a coloured dot alone). Only for signed-in users; the count is asked again every
 * minute and after marking read.
 */
import { Bell } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSessionUser } from '../../lib/api/get-session';
import { useUnreadCount } from './api/notifications';
import './alerts.css';

export function NotificationBell() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const unread = useUnreadCount(user !== null).data?.unread ?? 0;
  if (!user) return null;
  return (
    <NavLink
      to="/notifications"
      className="notification-bell"
      aria-label={unread > 0 ? t('notifications.label', { count: unread }) : t('notifications.labelNone')}
    >
      <Bell className="notification-bell__icon" aria-hidden="true" focusable="false" />
      <span className="notification-bell__text">{t('notifications.bell')}</span>
      {unread > 0 ? (
        <span className="notification-bell__count" data-testid="unread-count">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
