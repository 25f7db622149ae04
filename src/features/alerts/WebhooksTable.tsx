/** The webhooks: name, address, format, alerts, departments, enabled or not, with a switch to enable or disable. */
import { useTranslation } from 'react-i18next';
import type { Webhook } from '../../api/alertsContract';
import { ApiError } from '../../api/client';
import { EmptyState } from '../../components/states/EmptyState';
import { useUpdateWebhook } from './api/webhooks';

export function WebhooksTable({ webhooks }: { webhooks: Webhook[] }) {
  const { t } = useTranslation('alerts');
  const update = useUpdateWebhook();
  if (webhooks.length === 0) return <EmptyState title={t('webhooks.empty')} />;
  return (
    <>
      {update.error instanceof ApiError && update.error.code === 'conflict' ? (
        <p role="alert">{t('webhooks.conflict')}</p>
      ) : null}
      <div className="table-scroll">
        <table className="webhooks-table">
          <thead>
            <tr>
              <th scope="col">{t('webhooks.name')}</th>
              <th scope="col">{t('webhooks.format')}</th>
              <th scope="col">{t('webhooks.rulesLegend')}</th>
              <th scope="col">{t('webhooks.status')}</th>
            </tr>
          </thead>
          <tbody>
            {webhooks.map((webhook) => (
              <tr key={webhook.id}>
                <td>
                  <div>{webhook.name}</div>
                  <div className="webhooks-table__url">{webhook.url}</div>
                </td>
                <td>{t(`webhooks.formats.${webhook.format}`)}</td>
                <td>
                  {webhook.rules.map((rule) => t(`rules.${rule}`)).join('、')}
                  <div className="webhooks-table__departments">
                    {webhook.departments.length === 0
                      ? t('webhooks.allDepartments')
                      : webhook.departments.join('、')}
                  </div>
                </td>
                <td>
                  <span>{webhook.enabled ? t('webhooks.enabled') : t('webhooks.disabled')}</span>{' '}
                  <button
                    type="button"
                    className="button button--small"
                    disabled={update.isPending}
                    onClick={() =>
                      update.mutate({ id: webhook.id, version: webhook.version, enabled: !webhook.enabled })
                    }
                  >
                    {webhook.enabled ? t('webhooks.disable') : t('webhooks.enable')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
