/**
 * The fields of the add and edit forms, checked as the API checks them. Any problem with a field
 * shows that field's one explanation (users.invalid.*).
 */
import { z } from 'zod';
import {
  departmentsSchema,
  displayNameSchema,
  passwordSchema,
  usernameSchema,
} from '../../api/accountsContract';
import { roleSchema } from '../../api/authContract';

export const addAccountFormSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  departments: departmentsSchema,
  password: passwordSchema,
});
export type AddAccountForm = z.input<typeof addAccountFormSchema>;

export const editAccountFormSchema = z.object({
  displayName: displayNameSchema,
  role: roleSchema,
  departments: departmentsSchema,
  disabled: z.boolean(),
  /** Empty: keep the password. */
  password: z.union([z.literal(''), passwordSchema]),
});
export type EditAccountForm = z.input<typeof editAccountFormSchema>;

export const invalidFieldKeys = {
  username: 'users.invalid.username',
  displayName: 'users.invalid.displayName',
  password: 'users.invalid.password',
  departments: 'users.invalid.departments',
} as const;
