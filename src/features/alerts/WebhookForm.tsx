/** 添加推送地址: name, robot address, message format, which alerts, which lead departments. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { alertRules, webhookFormats, type AlertRule, type WebhookFormat } from '../../api/alertsContract';
import { ApiError } from '../../api/client';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { useCreateWebhook } from './api/webhooks';

const defaultRules: AlertRule[] = ['statusBehind', 'statusMissed', 'overdue'];

function departmentsOf(text: string): string[] {
  return text
    .split(/[,，、\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function WebhookForm() {
  const { t } = useTranslation('alerts');
  const { t: tc } = useTranslation();
  const id = useId();
  const create = useCreateWebhook();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<WebhookFormat>('wecomMarkdown');
  const [rules, setRules] = useState<AlertRule[]>(defaultRules);
  const [departments, setDepartments] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    create.mutate(
      { name, url, format, rules, departments: departmentsOf(departments), enabled: true },
      {
        onSuccess: ({ webhook }) => {
          setAdded(webhook.name);
          setName('');
          setUrl('');
        },
      },
    );
  };

  const refusal =
    create.error instanceof ApiError && create.error.code === 'invalidBody'
      ? create.error.message
      : create.error
        ? tc(errorMessageKey(create.error))
        : null;

  return (
    <form className="panel webhook-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('webhooks.addHeading')}
      </h2>
      <div className="webhook-form__field">
        <label htmlFor={`${id}-name`}>{t('webhooks.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          required
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="webhook-form__field">
        <label htmlFor={`${id}-url`}>{t('webhooks.url')}</label>
        <input
          id={`${id}-url`}
          type="url"
          value={url}
          required
          spellCheck={false}
          onChange={(e) => setUrl(e.target.value)}
        />
      </div>
      <div className="webhook-form__field">
        <label htmlFor={`${id}-format`}>{t('webhooks.format')}</label>
        <select
          id={`${id}-format`}
          value={format}
          onChange={(e) => setFormat(e.target.value as WebhookFormat)}
        >
          {webhookFormats.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`webhooks.formats.${candidate}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="webhook-form__rules">
        <legend>{t('webhooks.rulesLegend')}</legend>
        {alertRules.map((rule) => (
          <label key={rule} className="webhook-form__check">
            <input
              type="checkbox"
              checked={rules.includes(rule)}
              onChange={(e) =>
                setRules(
                  e.target.checked ? [...rules, rule] : rules.filter((candidate) => candidate !== rule),
                )
              }
            />
            {t(`rules.${rule}`)}
          </label>
        ))}
      </fieldset>
      <div className="webhook-form__field">
        <label htmlFor={`${id}-departments`}>{t('webhooks.departments')}</label>
        <input
          id={`${id}-departments`}
          value={departments}
          onChange={(e) => setDepartments(e.target.value)}
        />
      </div>
      {refusal ? (
        <p className="webhook-form__alert" role="alert">
          {refusal}
        </p>
      ) : null}
      {added ? <p role="status">{t('webhooks.added', { name: added })}</p> : null}
      <button
        type="submit"
        className="button button--primary"
        disabled={create.isPending || rules.length === 0}
      >
        {t('webhooks.add')}
      </button>
    </form>
  );
}
