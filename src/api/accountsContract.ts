/**
 * Signing in and managing accounts: the request and response schemas the client, the server and
 * the mock share. Roles and the session itself are in authContract.ts.
 */
import { z } from 'zod';
import { isGuessablePassword } from './passwordRule';
import { roleSchema } from './authContract';

/** Lower-case letters, digits, dot, dash and underscore; 2 to 40 characters, starting with a letter or digit. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'username');

export const minPasswordLength = 10;
export const maxPasswordLength = 128;
export const passwordSchema = z.string().min(minPasswordLength).max(maxPasswordLength);
/** A password being set: of the right length, and not guessable (./passwordRule.ts). The server's check. */
export const newPasswordSchema = passwordSchema.refine(
  (password) => !isGuessablePassword(password),
  'guessable',
);

export const displayNameSchema = z.string().trim().min(1).max(60);

/** 牵头单位 an editor writes for, e.g. 区统计局. */
export const departmentSchema = z.string().trim().min(1).max(60);
export const departmentsSchema = z.array(departmentSchema).max(30);

// ---- sign-in --------------------------------------------------------------------------------

/** `POST /api/session`. The username is compared case-insensitively; the password as typed. */
export const signInRequestSchema = z
  .object({
    username: z.string().trim().toLowerCase().min(1).max(40),
    password: z.string().min(1).max(maxPasswordLength),
  })
  .strict();
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** `POST /api/session/mock-role` (mock mode only): be a demo user of this role. */
export const mockRoleRequestSchema = z
  .object({
    role: roleSchema,
    /** For an editor: the departments to write for; a default pair when left out. */
    departments: departmentsSchema.optional(),
  })
  .strict();
export type MockRoleRequest = z.infer<typeof mockRoleRequestSchema>;

// ---- users (admin only) ---------------------------------------------------------------------

/** An account as the admin sees it; the password hash never leaves the server. */
export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  departments: z.array(z.string()),
  disabled: z.boolean(),
  /** Sent back with every change; a stale one is a 409 conflict carrying the current account. */
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

export const accountsResponseSchema = z.object({ users: z.array(accountSchema) });
export type AccountsResponse = z.infer<typeof accountsResponseSchema>;

export const accountResponseSchema = z.object({ user: accountSchema });
export type AccountResponse = z.infer<typeof accountResponseSchema>;

/** `POST /api/users`. */
export const createAccountRequestSchema = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema,
    role: roleSchema,
    departments: departmentsSchema,
    password: newPasswordSchema,
  })
  .strict();
export type CreateAccountRequest = z.infer<typeof createAccountRequestSchema>;

/** `PATCH /api/users/:id`: the version read, and the fields to change (at least one). */
export const updateAccountRequestSchema = z
  .object({
    version: z.number().int().positive(),
    displayName: displayNameSchema.optional(),
    role: roleSchema.optional(),
    departments: departmentsSchema.optional(),
    disabled: z.boolean().optional(),
    /** A new password; every session of the account ends with it. */
    password: newPasswordSchema.optional(),
  })
  .strict()
  .refine((request) => Object.keys(request).some((key) => key !== 'version'), 'nothing to change');
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;
