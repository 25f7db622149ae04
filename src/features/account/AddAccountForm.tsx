/** 添加用户: username, name, role, departments (for editors and reviewers) and an initial password. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { isPasswordRefusal } from './passwordRefusal';
import { minPasswordLength } from '../../api/accountsContract';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { AccountFields, sharedAccountFields } from './AccountFields';
import { addAccountFormSchema, type AddAccountForm as AddForm } from './accountForm';
import { useCreateAccount } from './api/users';
import { hasDepartments } from './DepartmentChoice';
import { FieldError } from './FieldError';

const emptyForm: AddForm = { username: '', displayName: '', role: 'editor', departments: [], password: '' };

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
    control,
    formState: { errors },
  } = useForm<AddForm>({ resolver: zodResolver(addAccountFormSchema), defaultValues: emptyForm });

  const submit = handleSubmit((form) => {
    setAdded(null);
    create.mutate(
      {
        username: form.username,
        displayName: form.displayName,
        role: form.role,
        departments: hasDepartments(form.role) ? form.departments : [],
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
      : isPasswordRefusal(create.error)
        ? t('users.passwordRule')
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
        <AccountFields
          id={id}
          {...sharedAccountFields(register, errors, control)}
          passwordLabel={t('users.password')}
          passwordHint={t('users.passwordHint', { min: minPasswordLength })}
        />
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
