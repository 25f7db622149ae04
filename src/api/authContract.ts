/**
 * Accounts and roles, shared by the client, the server and the mock. A viewer reads; an editor (a
 * planner) writes figures of the departments they are scoped to; a reviewer (审核, the office:
 * 统计局, 发改局, 督查室) approves or sends back the figures of the departments they are scoped to,
 * or of all departments when scoped to none; an admin does everything.
 */
import { z } from 'zod';
import { roles } from '../domain/roles';

export { isReviewer, mayChangeAnything, mayReviewFor, mayWriteFor, roles } from '../domain/roles';
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
