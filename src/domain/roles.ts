/**
 * The four roles and what each may write. A viewer reads; an editor (a planner) writes figures
 * of the departments they are scoped to; a reviewer (审核, the office: 统计局, 发改局, 督查室)
 * approves or sends back the figures of the departments they are scoped to, or of all departments
 * when scoped to none; an admin does everything. The session's wire shape is in
 * src/api/authContract.ts, which re-exports these.
 */
export const roles = ['viewer', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Who is signed in, as far as the rules below need to know. */
export interface RoleHolder {
  role: Role;
  /** 牵头单位 an editor may write for, or a reviewer reviews (none: a reviewer of every department). */
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

/**
 * May this user approve or send back figures of an indicator led by `department`? Admins and
 * reviewers scoped to all departments may review every figure; other reviewers those of their
 * departments.
 */
export function mayReviewFor(user: RoleHolder | null, department: string | null): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role !== 'reviewer') return false;
  return user.departments.length === 0 || (department !== null && user.departments.includes(department));
}

/** Does this user review figures at all (an admin or a reviewer)? */
export function isReviewer(user: RoleHolder | null): boolean {
  return user !== null && (user.role === 'admin' || user.role === 'reviewer');
}
