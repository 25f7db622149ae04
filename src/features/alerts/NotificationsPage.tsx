/** `/notifications`: the notification centre of the signed-in user, newest first, with marking read. */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Notification } from '../../api/alertsContract';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { useLocalized } from '../../i18n/localized';
import { useSession } from '../../lib/api/get-session';
import { formatChinaDateTime } from '../../lib/dateTimeFormat';
import { signInPath } from '../../lib/nextPath';
import { planPath } from '../../lib/plan/planAddress';
import { AlertLevelBadge } from './AlertLevelBadge';
import { useMarkRead, useNotifications } from './api/notifications';
import './alerts.css';

function NotificationItem({
  notification,
  onRead,
  busy,
}: {
  notification: Notification;
  onRead: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation('alerts');
  const { pick, locale } = useLocalized();
  return (
    <li className={`notification${notification.read ? '' : ' notification--unread'}`}>
      <div className="notification__head">
        <AlertLevelBadge level={notification.level} />
        <span className="notification__rule">{t(`rules.${notification.rule}`)}</span>
        <span className="notification__state">
          {notification.read ? t('centre.read') : t('centre.unread')}
        </span>
        <time className="notification__time" dateTime={notification.createdAt}>
          {formatChinaDateTime(notification.createdAt, locale)}
        </time>
      </div>
      <p className="notification__title">{pick(notification.title)}</p>
      <p className="notification__detail">{pick(notification.detail)}</p>
      <div className="notification__actions">
        {notification.indicatorId ? (
          <Link to={planPath(notification.planId, `indicators/${notification.indicatorId}`)}>
            {t('centre.openIndicator')}
          </Link>
        ) : null}
        {notification.read ? null : (
          <button type="button" className="button button--small" onClick={onRead} disabled={busy}>
            {t('centre.markRead')}
          </button>
        )}
      </div>
    </li>
  );
}

export default function NotificationsPage() {
  const { t } = useTranslation('alerts');
  const location = useLocation();
  const session = useSession();
  const user = session.data?.user ?? null;
  const notifications = useNotifications(user !== null);
  const markRead = useMarkRead();

  let content;
  if (session.isPending) content = <LoadingState />;
  else if (!user)
    content = (
      <p>
        <Link to={signInPath(location.pathname)}>{t('centre.signIn')}</Link>
      </p>
    );
  else if (notifications.isPending) content = <LoadingState />;
  else if (notifications.isError)
    content = <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} />;
  else if (notifications.data.notifications.length === 0)
    content = <EmptyState title={t('centre.empty')} hint={t('centre.emptyHint')} />;
  else
    content = (
      <>
        <div className="notifications__bar">
          <p role="status">{t('centre.unreadSummary', { count: notifications.data.unread })}</p>
          {notifications.data.unread > 0 ? (
            <button
              type="button"
              className="button"
              onClick={() => markRead.mutate({ all: true })}
              disabled={markRead.isPending}
            >
              {t('centre.markAllRead')}
            </button>
          ) : null}
        </div>
        <ul className="notifications">
          {notifications.data.notifications.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              busy={markRead.isPending}
              onRead={() => markRead.mutate({ ids: [notification.id] })}
            />
          ))}
        </ul>
      </>
    );

  return (
    <section className="page">
      <title>{t('centre.title')}</title>
      <div className="page__header">
        <h1 className="page__title">{t('centre.title')}</h1>
        {user?.role === 'admin' ? <Link to="/admin/webhooks">{t('centre.webhooksLink')}</Link> : null}
      </div>
      <p className="alerts-page__intro">{t('centre.intro')}</p>
      {content}
    </section>
  );
}
