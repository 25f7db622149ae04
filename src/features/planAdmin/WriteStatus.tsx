/**
 * What became of a write, said in words: saved, refused for a field not shown beside any input,
 * or stale (409) with what is stored now.
 */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useLocalized } from '../../i18n/localized';
import { isConflict, refusedField, storedNow } from './writeErrors';

interface WriteStatusProps {
  error: unknown;
  saved?: boolean;
  /** Fields whose message is already shown beside their input. */
  shownFields?: readonly string[];
}

export function WriteStatus({ error, saved = false, shownFields = [] }: WriteStatusProps) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  if (isConflict(error))
    return (
      <p className="plan-admin__alert" role="alert">
        {t('common.conflict', { current: storedNow(error.current, pick) })} {t('common.conflictReload')}
      </p>
    );
  if (error) {
    const field = refusedField(error);
    if (field !== null && shownFields.some((shown) => field === shown || field.startsWith(`${shown}.`)))
      return null;
    const message = error instanceof ApiError ? error.message : String(error);
    return (
      <p className="plan-admin__alert" role="alert">
        {t('common.failed', { message })}
      </p>
    );
  }
  return (
    <p className="plan-admin__status" role="status">
      {saved ? t('common.saved') : null}
    </p>
  );
}
