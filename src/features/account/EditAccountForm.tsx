/**
 * Changing one account: name, role, departments, disabled, a new password. Only what changed is
 * sent, with the version the form was filled from; if someone changed the account meanwhile the
 * form is refilled from the account as it stands, and says so.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { accountSchema, type Account, type UpdateAccountRequest } from '../../api/accountsContract';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { isPasswordRefusal } from './passwordRefusal';
import { AccountFields, sharedAccountFields } from './AccountFields';
import { editAccountFormSchema, type EditAccountForm as EditForm } from './accountForm';
import { useUpdateAccount } from './api/users';
import { hasDepartments } from './DepartmentChoice';

function formOf(account: Account): EditForm {
  return {
    displayName: account.displayName,
    role: account.role,
    departments: [...account.departments],
    disabled: account.disabled,
    password: '',
  };
}

function changesOf(account: Account, form: EditForm): Omit<UpdateAccountRequest, 'version'> {
  const departments = hasDepartments(form.role) ? form.departments : [];
  const sameDepartments =
    departments.length === account.departments.length &&
    departments.every((name) => account.departments.includes(name));
  return {
    ...(form.displayName.trim() === account.displayName ? {} : { displayName: form.displayName }),
    ...(form.role === account.role ? {} : { role: form.role }),
    ...(sameDepartments ? {} : { departments }),
    ...(form.disabled === account.disabled ? {} : { disabled: form.disabled }),
    ...(form.password === '' ? {} : { password: form.password }),
  };
}

interface EditAccountFormProps {
  account: Account;
  onDone: (savedName: string | null) => void;
}

export function EditAccountForm({ account: initial, onDone }: EditAccountFormProps) {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const id = useId();
  const update = useUpdateAccount();
  const [account, setAccount] = useState(initial);
  const [conflict, setConflict] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    control,
    formState: { errors },
  } = useForm<EditForm>({ resolver: zodResolver(editAccountFormSchema), defaultValues: formOf(initial) });

  const submit = handleSubmit((form) => {
    const changes = changesOf(account, form);
    if (Object.keys(changes).length === 0) {
      onDone(null);
      return;
    }
    setConflict(false);
    update.mutate(
      { id: account.id, version: account.version, ...changes },
      {
        onSuccess: ({ user }) => onDone(user.displayName),
        onError: (error) => {
          const current = error instanceof ApiError ? accountSchema.safeParse(error.current) : null;
          if (current?.success) {
            setAccount(current.data);
            reset(formOf(current.data));
            setConflict(true);
          }
        },
      },
    );
  });

  function refusal(error: unknown): string {
    if (error instanceof ApiError && error.code === 'forbidden' && error.field === 'lastAdmin')
      return t('users.lastAdmin');
    if (isPasswordRefusal(error)) return t('users.passwordRule');
    return tc(errorMessageKey(error));
  }

  return (
    <form className="panel account-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('users.editUser', { name: `${account.displayName}(${account.username})` })}
      </h2>
      <div className="account-form__grid">
        <AccountFields
          id={id}
          {...sharedAccountFields(register, errors, control)}
          passwordLabel={t('users.newPassword')}
          passwordHint={t('users.newPasswordHint')}
        />
        <div className="account-form__field account-form__field--check">
          <input id={`${id}-disabled`} type="checkbox" {...register('disabled')} />
          <label htmlFor={`${id}-disabled`}>{t('users.disable')}</label>
        </div>
      </div>
      {conflict ? (
        <p className="account-form__alert" role="alert">
          {t('users.conflict')}
        </p>
      ) : update.isError ? (
        <p className="account-form__alert" role="alert">
          {refusal(update.error)}
        </p>
      ) : null}
      <div className="account-form__actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('users.saving') : t('users.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('users.cancel')}
        </button>
      </div>
    </form>
  );
}
