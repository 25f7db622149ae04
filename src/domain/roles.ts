/**
 * The three roles and what each may write. A viewer reads; an editor (a planner) writes figures
 * of the departments they are scoped to; an admin does everything. The session's wire shape is in
 * src/api/authContract.ts, which re-exports these.
 */
export const roles = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Who is signed in, as far as the rules below need to know. */
export interface RoleHolder {
  role: Role;
  /** 牵头单位 an editor may write for. */
  departments: readonly string[];
}

/**
 * May this user change anything at all: save figures, import, save decks, take snapshots? Editors
 * and admins may; viewers and anonymous visitors never may. What exactly each may change is checked
 * further (mayWriteFor).
 */
export function mayChangeAnything(user: RoleHolder | null): boolean {
  return user !== null && user.role !== 'viewer';
}

/** May this user write figures of an indicator led by `department` (null: no lead department set)? */
export function mayWriteFor(user: RoleHolder | null, department: string | null): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role !== 'editor') return false;
  return department !== null && user.departments.includes(department);
}
