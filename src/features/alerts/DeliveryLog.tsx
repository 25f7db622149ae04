/** 推送记录: each alert sent to each webhook, its result in words, every try, and the message sent. */
import { useTranslation } from 'react-i18next';
import type { Delivery } from '../../api/alertsContract';
import { EmptyState } from '../../components/states/EmptyState';
import { useLocalized } from '../../i18n/localized';
import { formatChinaDateTime } from '../../lib/dateTimeFormat';
import { AlertLevelBadge } from './AlertLevelBadge';

function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export function DeliveryLog({ deliveries }: { deliveries: Delivery[] }) {
  const { t } = useTranslation('alerts');
  const { pick, locale } = useLocalized();
  if (deliveries.length === 0) return <EmptyState title={t('deliveries.empty')} />;
  return (
    <ul className="deliveries">
      {deliveries.map((delivery) => (
        <li key={delivery.id} className={`delivery delivery--${delivery.status}`}>
          <div className="delivery__head">
            <AlertLevelBadge level={delivery.alert.level} />
            <span className="delivery__status">{t(`deliveries.statuses.${delivery.status}`)}</span>
            <span>
              {delivery.webhookName} · {t(`webhooks.formats.${delivery.format}`)}
            </span>
            <time dateTime={delivery.alert.createdAt}>
              {formatChinaDateTime(delivery.alert.createdAt, locale)}
            </time>
          </div>
          <p className="delivery__title">{pick(delivery.alert.title)}</p>
          <p className="delivery__id">{t('deliveries.alertId', { id: delivery.alert.id })}</p>
          <ol className="delivery__attempts" aria-label={t('deliveries.attempts')}>
            {delivery.attempts.map((attempt, index) => (
              <li key={index}>
                {attempt.error === null && attempt.httpStatus !== null
                  ? t('deliveries.attempt', {
                      time: formatChinaDateTime(attempt.at, locale),
                      status: attempt.httpStatus,
                    })
                  : t('deliveries.attemptFailed', {
                      time: formatChinaDateTime(attempt.at, locale),
                      error: attempt.error ?? `HTTP ${attempt.httpStatus ?? ''}`,
                    })}
              </li>
            ))}
          </ol>
          {delivery.nextAttemptAt ? (
            <p>
              {t('deliveries.nextAttempt', { time: formatChinaDateTime(delivery.nextAttemptAt, locale) })}
            </p>
          ) : null}
          <details className="delivery__body">
            <summary>{t('deliveries.body')}</summary>
            <pre>{prettyBody(delivery.body)}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
