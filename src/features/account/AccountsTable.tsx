/** Every account: username, name, role, departments, whether it is active, and 编辑. */
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/accountsContract';
import { useRoleName } from './roleLabel';

interface AccountsTableProps {
  accounts: Account[];
  currentUserId: string;
  onEdit: (account: Account) => void;
}

export function AccountsTable({ accounts, currentUserId, onEdit }: AccountsTableProps) {
  const { t } = useTranslation('account');
  const roleName = useRoleName();
  return (
    <div className="table-scroll">
      <table className="accounts-table">
        <caption className="visually-hidden">{t('users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.username')}</th>
            <th scope="col">{t('users.displayName')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.departments')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className={account.disabled ? 'accounts-table__row--disabled' : undefined}>
              <th scope="row">
                {account.username}
                {account.id === currentUserId ? t('users.you') : null}
              </th>
              <td>{account.displayName}</td>
              <td>{roleName(account.role)}</td>
              <td>{account.departments.length > 0 ? account.departments.join('、') : t('users.none')}</td>
              <td>{account.disabled ? t('users.disabled') : t('users.active')}</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('users.editUser', { name: account.username })}
                  onClick={() => onEdit(account)}
                >
                  {t('users.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
