/**
 * The fields adding and changing an account share: name, role, departments (for editors and
 * reviewers, chosen from the managed list) and a password, each with its error and, where useful,
 * a hint. The forms register the fields and say which are invalid; the password's label and hint
 * differ between the two.
 */
import {
  useController,
  useWatch,
  type Control,
  type FieldErrors,
  type FieldValues,
  type UseFormRegister,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../api/authContract';
import { DepartmentChoice } from './DepartmentChoice';
import { FieldError } from './FieldError';
import { useRoleName } from './roleLabel';

type SharedField = 'displayName' | 'role' | 'password';

interface AccountFieldsProps {
  /** The form's id, which the fields' ids start with. */
  id: string;
  fields: Record<SharedField, UseFormRegisterReturn>;
  invalid: Record<Exclude<SharedField, 'role'> | 'departments', boolean>;
  /** The form's control: the departments are chosen by the role it holds. */
  control: Control<SharedValues>;
  passwordLabel: string;
  passwordHint: string;
}

interface SharedValues extends FieldValues {
  displayName: string;
  role: Role;
  departments: string[];
  password: string;
}

/** The registered shared fields of a form that has them, and which are invalid now. */
export function sharedAccountFields<Values extends SharedValues>(
  register: UseFormRegister<Values>,
  errors: FieldErrors<Values>,
  control: Control<Values>,
): Pick<AccountFieldsProps, 'fields' | 'invalid' | 'control'> {
  // Both forms hold these four fields under these names; their other fields do not matter here.
  const registerShared = register as unknown as UseFormRegister<SharedValues>;
  const sharedErrors = errors as FieldErrors<SharedValues>;
  return {
    control: control as unknown as Control<SharedValues>,
    fields: {
      displayName: registerShared('displayName'),
      role: registerShared('role'),
      password: registerShared('password'),
    },
    invalid: {
      displayName: Boolean(sharedErrors.displayName),
      departments: Boolean(sharedErrors.departments),
      password: Boolean(sharedErrors.password),
    },
  };
}

/** aria-describedby for a field with a hint, and its error while it has one. */
function describedBy(fieldId: string, invalid: boolean): string {
  return `${fieldId}-hint${invalid ? ` ${fieldId}-error` : ''}`;
}

export function AccountFields({
  id,
  fields,
  invalid,
  control,
  passwordLabel,
  passwordHint,
}: AccountFieldsProps) {
  const { t } = useTranslation('account');
  const roleName = useRoleName();
  const role = useWatch({ control, name: 'role' });
  const { field: departments } = useController({ control, name: 'departments' });
  return (
    <>
      <div className="account-form__field">
        <label htmlFor={`${id}-display-name`}>{t('users.displayName')}</label>
        <input
          id={`${id}-display-name`}
          className="account-form__input"
          autoComplete="off"
          aria-invalid={invalid.displayName ? true : undefined}
          aria-describedby={invalid.displayName ? `${id}-display-name-error` : undefined}
          {...fields.displayName}
        />
        <FieldError id={`${id}-display-name-error`} field="displayName" shown={invalid.displayName} />
      </div>
      <div className="account-form__field">
        <label htmlFor={`${id}-role`}>{t('users.role')}</label>
        <select id={`${id}-role`} className="select" {...fields.role}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleName(role)}
            </option>
          ))}
        </select>
      </div>
      <DepartmentChoice
        id={id}
        role={role}
        value={departments.value}
        onChange={departments.onChange}
        invalid={invalid.departments}
      />
      <div className="account-form__field">
        <label htmlFor={`${id}-password`}>{passwordLabel}</label>
        <input
          id={`${id}-password`}
          className="account-form__input"
          type="password"
          autoComplete="new-password"
          aria-invalid={invalid.password ? true : undefined}
          aria-describedby={describedBy(`${id}-password`, invalid.password)}
          {...fields.password}
        />
        <p id={`${id}-password-hint`} className="account-form__hint">
          {passwordHint}
        </p>
        <FieldError id={`${id}-password-error`} field="password" shown={invalid.password} />
      </div>
    </>
  );
}
