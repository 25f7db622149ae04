/**
 * Accounts and roles, shared by the client, the server and the mock. A viewer reads; an editor (a
 * planner) writes figures of the departments they are scoped to; a reviewer (审核, the office:
 * 统计局, 发改局, 督查室) approves or sends back the figures of the departments they are scoped to,
 * or of all departments when scoped to none; an admin does everything.
 */
import { z } from 'zod';

export const roles = ['viewer', 'editor', 'reviewer', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /**
   * 牵头单位 the editor may write for, or the reviewer reviews (none: a reviewer of every
   * department); empty for viewers; ignored for admins (they may write and review everything).
   */
  departments: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** `GET /api/session`: who is signed in (null when anonymous), and whether anonymous visitors may view. */
export const sessionResponseSchema = z.object({
  user: sessionUserSchema.nullable(),
  anonymousMayView: z.boolean(),
  /** The token to send back in the `X-CSRF-Token` header on every write. */
  csrfToken: z.string().nullable(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/**
 * May this user change anything at all: save figures, import, save decks, take snapshots? Editors
 * and admins may; viewers and anonymous visitors never may. What exactly each may change is checked
 * further (mayWriteFor).
 */
export function mayChangeAnything(user: SessionUser | null): boolean {
  return user !== null && user.role !== 'viewer';
}

/** May this user write figures of an indicator led by `department` (null: no lead department set)? */
export function mayWriteFor(user: SessionUser | null, department: string | null): boolean {
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
export function mayReviewFor(user: SessionUser | null, department: string | null): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role !== 'reviewer') return false;
  return user.departments.length === 0 || (department !== null && user.departments.includes(department));
}

/** Does this user review figures at all (an admin or a reviewer)? */
export function isReviewer(user: SessionUser | null): boolean {
  return user !== null && (user.role === 'admin' || user.role === 'reviewer');
}
