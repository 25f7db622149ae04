/** 添加用户: username, name, role, departments (for editors) and an initial password. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { minPasswordLength } from '../../api/accountsContract';
import { roles } from '../../api/authContract';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { addAccountFormSchema, type AddAccountForm as AddForm } from './accountForm';
import { useCreateAccount } from './api/users';
import { parseDepartments } from './departmentsText';
import { FieldError } from './FieldError';
import { roleKey } from './roleLabel';

const emptyForm: AddForm = { username: '', displayName: '', role: 'editor', departments: '', password: '' };

export function AddAccountForm() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const id = useId();
  const create = useCreateAccount();
  const [added, setAdded] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<AddForm>({ resolver: zodResolver(addAccountFormSchema), defaultValues: emptyForm });

  const submit = handleSubmit((form) => {
    setAdded(null);
    create.mutate(
      {
        username: form.username,
        displayName: form.displayName,
        role: form.role,
        departments: form.role === 'editor' ? parseDepartments(form.departments) : [],
        password: form.password,
      },
      {
        onSuccess: ({ user }) => {
          setAdded(user.username);
          reset(emptyForm);
        },
      },
    );
  });

  const refusal =
    create.error instanceof ApiError && create.error.code === 'conflict'
      ? t('users.usernameTaken')
      : tc(errorMessageKey(create.error));

  return (
    <form className="panel account-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('users.addHeading')}
      </h2>
      <div className="account-form__grid">
        <div className="account-form__field">
          <label htmlFor={`${id}-username`}>{t('users.username')}</label>
          <input
            id={`${id}-username`}
            className="account-form__input"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={errors.username ? true : undefined}
            aria-describedby={errors.username ? `${id}-username-error` : undefined}
            {...register('username')}
          />
          <FieldError id={`${id}-username-error`} field="username" shown={Boolean(errors.username)} />
        </div>
        <div className="account-form__field">
          <label htmlFor={`${id}-display-name`}>{t('users.displayName')}</label>
          <input
            id={`${id}-display-name`}
            className="account-form__input"
            autoComplete="off"
            aria-invalid={errors.displayName ? true : undefined}
            aria-describedby={errors.displayName ? `${id}-display-name-error` : undefined}
            {...register('displayName')}
          />
          <FieldError
            id={`${id}-display-name-error`}
            field="displayName"
            shown={Boolean(errors.displayName)}
          />
        </div>
        <div className="account-form__field">
          <label htmlFor={`${id}-role`}>{t('users.role')}</label>
          <select id={`${id}-role`} className="select" {...register('role')}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(roleKey(role))}
              </option>
            ))}
          </select>
        </div>
        <div className="account-form__field">
          <label htmlFor={`${id}-departments`}>{t('users.departments')}</label>
          <input
            id={`${id}-departments`}
            className="account-form__input"
            aria-invalid={errors.departments ? true : undefined}
            aria-describedby={`${id}-departments-hint${errors.departments ? ` ${id}-departments-error` : ''}`}
            {...register('departments')}
          />
          <p id={`${id}-departments-hint`} className="account-form__hint">
            {t('users.departmentsHint')}
          </p>
          <FieldError
            id={`${id}-departments-error`}
            field="departments"
            shown={Boolean(errors.departments)}
          />
        </div>
        <div className="account-form__field">
          <label htmlFor={`${id}-password`}>{t('users.password')}</label>
          <input
            id={`${id}-password`}
            className="account-form__input"
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={`${id}-password-hint${errors.password ? ` ${id}-password-error` : ''}`}
            {...register('password')}
          />
          <p id={`${id}-password-hint`} className="account-form__hint">
            {t('users.passwordHint', { min: minPasswordLength })}
          </p>
          <FieldError id={`${id}-password-error`} field="password" shown={Boolean(errors.password)} />
        </div>
      </div>
      {create.isError ? (
        <p className="account-form__alert" role="alert">
          {refusal}
        </p>
      ) : null}
      {added ? (
        <p className="account-form__done" role="status">
          {t('users.added', { name: added })}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {create.isPending ? t('users.adding') : t('users.add')}
      </button>
    </form>
  );
}
