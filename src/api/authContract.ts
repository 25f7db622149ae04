/**
 * Accounts and roles, shared by the client, the server and the mock. A viewer reads; an editor (a
 * planner) writes figures of the departments they are scoped to; an admin does everything.
 */
import { z } from 'zod';
import { roles } from '../domain/roles';

export { mayChangeAnything, mayWriteFor, roles } from '../domain/roles';
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /** 牵头单位 the editor may write for; empty for viewers; ignored for admins (they may write everything). */
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
