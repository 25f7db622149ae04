/** The explanation under a form field that is not right, tied to it by id. */
import { useTranslation } from 'react-i18next';
import { maxPasswordLength, minPasswordLength } from '../../api/accountsContract';
import { invalidFieldKeys } from './accountForm';

export function FieldError({
  id,
  field,
  shown,
}: {
  id: string;
  field: keyof typeof invalidFieldKeys;
  shown: boolean;
}) {
  const { t } = useTranslation('account');
  if (!shown) return null;
  return (
    <p id={id} className="account-form__error">
      {t(invalidFieldKeys[field], { min: minPasswordLength, max: maxPasswordLength })}
    </p>
  );
}
