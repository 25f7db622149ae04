/** The i18n key of a role's name (查看者 / 填报员 / 管理员). */
import type { Role } from '../../api/authContract';

export function roleKey(role: Role) {
  return `roles.${role}` as const;
}
