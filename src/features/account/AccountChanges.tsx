/**
 * 账户变更记录: who made or changed which account, and when, newest first, from the audit trail.
 * A password is never shown, only that it was reset.
 */
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditJson } from '../../api/auditContract';
import { roleSchema } from '../../api/authContract';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { useLocalized } from '../../i18n/localized';
import { isRecord } from '../../lib/auditText';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { useAccountChanges } from './api/users';
import { useRoleName } from './roleLabel';

type Translate = ReturnType<typeof useTranslation<'account'>>['t'];

type RoleName = ReturnType<typeof useRoleName>;

function valueText(t: Translate, roleName: RoleName, field: string, value: AuditJson): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return t('changes.none');
  if (field === 'role') {
    const role = roleSchema.safeParse(value);
    return role.success ? roleName(role.data) : String(value);
  }
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}

function changeText(t: Translate, roleName: RoleName, entry: AuditEntry): string {
  if (entry.field === undefined) {
    const created = isRecord(entry.newValue) ? entry.newValue : {};
    const role = roleSchema.safeParse(created.role);
    const departments = Array.isArray(created.departments) ? created.departments.join('、') : '';
    const values = {
      name: `${String(created.displayName ?? '')}(${entry.entityId})`,
      role: role.success ? roleName(role.data) : '',
      departments,
    };
    return departments ? t('changes.createdWithDepartments', values) : t('changes.created', values);
  }
  if (entry.field === 'password') return t('changes.password');
  if (entry.field === 'disabled')
    return entry.newValue === true ? t('changes.disabled') : t('changes.enabled');
  const label = (['displayName', 'role', 'departments'] as const).find((known) => known === entry.field);
  return t('changes.field', {
    field: label ? t(`users.${label}`) : entry.field,
    from: valueText(t, roleName, entry.field, entry.oldValue),
    to: valueText(t, roleName, entry.field, entry.newValue),
  });
}

export function AccountChanges() {
  const { t } = useTranslation('account');
  const roleName = useRoleName();
  const { locale } = useLocalized();
  const changes = useAccountChanges(true);

  return (
    <section className="panel" aria-labelledby="account-changes-heading">
      <h2 id="account-changes-heading" className="panel__title">
        {t('changes.heading')}
      </h2>
      {changes.isPending ? (
        <LoadingState />
      ) : changes.isError ? (
        <ErrorState
          error={changes.error}
          onRetry={() => void changes.refetch()}
          retrying={changes.isFetching}
        />
      ) : changes.data.entries.length === 0 ? (
        <p>{t('changes.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="account-changes-caption" tabIndex={0}>
          <table className="accounts-table">
            <caption id="account-changes-caption" className="visually-hidden">
              {t('changes.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('changes.at')}</th>
                <th scope="col">{t('changes.actor')}</th>
                <th scope="col">{t('changes.account')}</th>
                <th scope="col">{t('changes.change')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.data.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatRecordedAt(entry.at, locale)}</td>
                  <td>
                    {entry.actorName}({entry.actor})
                  </td>
                  <td>{entry.entityId}</td>
                  <td>{changeText(t, roleName, entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
