/** `/admin/webhooks`: the admins' outgoing webhooks (add, enable, disable) and the delivery log. */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { useSession } from '../../lib/api/get-session';
import { signInPath } from '../../lib/nextPath';
import { useDeliveries, useWebhooks } from './api/webhooks';
import { DeliveryLog } from './DeliveryLog';
import { WebhookForm } from './WebhookForm';
import { WebhooksTable } from './WebhooksTable';
import './alerts.css';

export default function WebhooksAdminPage() {
  const { t } = useTranslation('alerts');
  const location = useLocation();
  const session = useSession();
  const user = session.data?.user ?? null;
  const isAdmin = user?.role === 'admin';
  const webhooks = useWebhooks(isAdmin);
  const deliveries = useDeliveries(isAdmin);

  let content;
  if (session.isPending) content = <LoadingState />;
  else if (!user)
    content = (
      <p>
        <Link to={signInPath(location.pathname)}>{t('webhooks.signIn')}</Link>
      </p>
    );
  else if (!isAdmin) content = <p role="alert">{t('webhooks.adminsOnly')}</p>;
  else
    content = (
      <>
        <section className="panel" aria-labelledby="webhooks-heading">
          <h2 id="webhooks-heading" className="panel__title">
            {t('webhooks.listHeading')}
          </h2>
          {webhooks.isPending ? (
            <LoadingState />
          ) : webhooks.isError ? (
            <ErrorState error={webhooks.error} onRetry={() => void webhooks.refetch()} />
          ) : (
            <WebhooksTable webhooks={webhooks.data.webhooks} />
          )}
        </section>
        <WebhookForm />
        <section className="panel" aria-labelledby="deliveries-heading">
          <h2 id="deliveries-heading" className="panel__title">
            {t('deliveries.heading')}
          </h2>
          {deliveries.isPending ? (
            <LoadingState />
          ) : deliveries.isError ? (
            <ErrorState error={deliveries.error} onRetry={() => void deliveries.refetch()} />
          ) : (
            <DeliveryLog deliveries={deliveries.data.deliveries} />
          )}
        </section>
      </>
    );

  return (
    <section className="page">
      <title>{t('webhooks.title')}</title>
      <div className="page__header">
        <h1 className="page__title">{t('webhooks.title')}</h1>
      </div>
      <p className="alerts-page__intro">{t('webhooks.intro')}</p>
      {content}
    </section>
  );
}
