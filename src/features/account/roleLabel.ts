/** A role's name (查看者 / 填报员 / 管理员), in the frame's texts since the account menu shows it on every screen. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/authContract';

export function useRoleName(): (role: Role) => string {
  const { t } = useTranslation('common', { keyPrefix: 'account.roles' });
  return useCallback((role: Role) => t(role), [t]);
}
