/**
 * 牵头单位 of an editor or a reviewer, chosen from the managed department list (a department the
 * account already holds stays offered even when the list no longer has it). An editor writes for
 * the departments chosen; a reviewer reviews them, or every department when none is chosen. Other
 * roles have no departments, and the choice is not shown.
 */
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/authContract';
import { useLocalized } from '../../i18n/localized';
import { useManagedDepartments } from './api/departments';
import { FieldError } from './FieldError';

interface DepartmentChoiceProps {
  id: string;
  role: Role;
  /** The departments chosen, by their Chinese names (as accounts store them). */
  value: readonly string[];
  onChange: (departments: string[]) => void;
  invalid: boolean;
}

export function hasDepartments(role: Role): boolean {
  return role === 'editor' || role === 'reviewer';
}

export function DepartmentChoice({ id, role, value, onChange, invalid }: DepartmentChoiceProps) {
  const { t } = useTranslation('account');
  const { pick } = useLocalized();
  const shown = hasDepartments(role);
  const managed = useManagedDepartments(shown).data ?? [];
  if (!shown) return null;
  const managedNames = new Set(managed.map((department) => department.name.zh));
  const options = [
    ...managed.map((department) => ({ value: department.name.zh, label: pick(department.name) })),
    ...value.filter((name) => !managedNames.has(name)).map((name) => ({ value: name, label: name })),
  ];
  const hintId = `${id}-departments-hint`;

  function toggle(name: string, checked: boolean) {
    onChange(checked ? [...value, name] : value.filter((chosen) => chosen !== name));
  }

  return (
    <fieldset
      className="account-form__field account-form__departments"
      aria-describedby={invalid ? `${hintId} ${id}-departments-error` : hintId}
    >
      <legend>{t('users.departments')}</legend>
      <p id={hintId} className="account-form__hint">
        {role === 'reviewer' ? t('users.departmentsReviewerHint') : t('users.departmentsEditorHint')}
      </p>
      {options.length === 0 ? <p className="account-form__hint">{t('users.departmentsNone')}</p> : null}
      <ul className="account-form__choices">
        {options.map((option) => (
          <li key={option.value}>
            <label className="account-form__choice">
              <input
                type="checkbox"
                checked={value.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      <FieldError id={`${id}-departments-error`} field="departments" shown={invalid} />
    </fieldset>
  );
}
