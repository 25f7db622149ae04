/** `/admin/users`: the accounts, for admins only: list, add, change role and departments, disable, reset password. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Account } from '../../api/accountsContract';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { AccountChanges } from './AccountChanges';
import { AccountsTable } from './AccountsTable';
import { AddAccountForm } from './AddAccountForm';
import { useSession } from '../../lib/api/get-session';
import { useAccounts } from './api/users';
import { EditAccountForm } from './EditAccountForm';
import { signInPath } from '../../lib/nextPath';
import './account.css';

export default function AdminUsersPage() {
  const { t } = useTranslation('account');
  const location = useLocation();
  const session = useSession();
  const user = session.data?.user ?? null;
  const isAdmin = user?.role === 'admin';
  const accounts = useAccounts(isAdmin);
  const [editing, setEditing] = useState<Account | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  let content;
  if (session.isPending) content = <LoadingState />;
  else if (session.isError)
    content = <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  else if (!user)
    content = (
      <p>
        <Link to={signInPath(location.pathname)}>{t('users.signInFirst')}</Link>
      </p>
    );
  else if (!isAdmin) content = <p role="alert">{t('users.adminsOnly')}</p>;
  else
    content = (
      <>
        <section className="panel" aria-labelledby="accounts-heading">
          <h2 id="accounts-heading" className="panel__title">
            {t('users.listHeading')}
          </h2>
          {saved ? (
            <p className="account-form__done" role="status">
              {t('users.saved', { name: saved })}
            </p>
          ) : null}
          {accounts.isPending ? (
            <LoadingState />
          ) : accounts.isError ? (
            <ErrorState
              error={accounts.error}
              onRetry={() => void accounts.refetch()}
              retrying={accounts.isFetching}
            />
          ) : (
            <AccountsTable
              accounts={accounts.data.users}
              currentUserId={user.id}
              onEdit={(account) => {
                setSaved(null);
                setEditing(account);
              }}
            />
          )}
        </section>
        {editing ? (
          <EditAccountForm
            key={editing.id}
            account={editing}
            onDone={(savedName) => {
              setEditing(null);
              setSaved(savedName);
            }}
          />
        ) : null}
        <AddAccountForm />
        <AccountChanges />
      </>
    );

  return (
    <section className="page">
      <title>{t('users.title')}</title>
      <div className="page__header">
        <h1 className="page__title">{t('users.title')}</h1>
      </div>
      <p className="account-page__intro">{t('users.intro')}</p>
      {content}
    </section>
  );
}
