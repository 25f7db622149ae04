/**
 * Departments are chosen from the managed list (`/api/departments`), never typed freely: an
 * account's departments and an indicator's lead department must be names (zh) of departments in
 * use. A name the list does not hold is refused with the names it does hold, in both languages.
 */
import type { Bilingual } from '../../src/domain/model';
import type { Store } from '../store/port';

/** The names (zh) of the departments in use: of one organisation, or of all. */
export async function knownDepartmentNames(store: Store, organisation?: string): Promise<string[]> {
  const departments = await store.planEditing.listDepartments(organisation);
  return [
    ...new Set(
      departments.filter((department) => !department.retired).map((department) => department.name.zh),
    ),
  ];
}

/** Why `name` is refused, listing the known names; null when it is one of them. */
export function unknownDepartmentReason(name: string, known: readonly string[]): Bilingual | null {
  if (known.includes(name)) return null;
  const listed = known.join('、') || '（无）';
  return {
    zh: `未登记的部门“${name}”：应为已登记的部门之一：${listed}`,
    en: `unknown department "${name}": it must be one of the registered departments: ${known.join(', ') || '(none)'}`,
  };
}
