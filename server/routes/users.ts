/**
 * `/api/users`: accounts, for admins only. Changes carry the version they were made against; a
 * stale one is a 409 conflict with the account as it stands. A disabled account or a new password
 * ends every session of that account. The last active admin cannot be disabled or demoted.
 */
import { Hono } from 'hono';
import {
  createAccountRequestSchema,
  updateAccountRequestSchema,
  type AccountResponse,
  type AccountsResponse,
  type UpdateAccountRequest,
} from '../../src/api/accountsContract';
import type { AuditListResponse } from '../../src/api/auditContract';
import { accountChangedEntries, accountsAuditScope } from '../auth/accountAudit';
import { createAccount, departmentsFor, toAccount } from '../auth/accounts';
import { requireAdmin } from '../auth/guards';
import { knownDepartmentNames, unknownDepartmentReason } from '../auth/knownDepartments';
import { noPasswordHash, type PasswordHasher } from '../auth/passwordHasher';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import type { StoredUser, UserChanges } from '../store/accountsPort';
import type { Store } from '../store/port';

/** The latest account changes the admin page lists. */
export const accountChangesShown = 200;

export interface UsersRouteDeps {
  store: Store;
  /** Absent in the mock: accounts made there get no usable password. */
  passwordHasher: PasswordHasher | undefined;
  now: () => Date;
}

/** Refuses the first department the managed list does not hold, naming the ones it does. */
async function refuseUnknownDepartments(store: Store, departments: readonly string[] | undefined) {
  if (!departments || departments.length === 0) return;
  const known = await knownDepartmentNames(store);
  departments.forEach((name, index) => {
    const reason = unknownDepartmentReason(name, known);
    if (reason) throw new ApiProblem('invalidBody', { field: `departments.${index}`, reason });
  });
}

function isActiveAdmin(user: Pick<StoredUser, 'role' | 'disabled'>): boolean {
  return user.role === 'admin' && !user.disabled;
}

async function keepsAnActiveAdmin(store: Store, current: StoredUser, request: UpdateAccountRequest) {
  const after = { role: request.role ?? current.role, disabled: request.disabled ?? current.disabled };
  if (!isActiveAdmin(current) || isActiveAdmin(after)) return true;
  const users = await store.accounts.listUsers();
  return users.some((user) => user.id !== current.id && isActiveAdmin(user));
}

export function userRoutes(deps: UsersRouteDeps) {
  const hashOf = (password: string) =>
    deps.passwordHasher ? deps.passwordHasher.hash(password) : Promise.resolve(noPasswordHash);

  return (
    new Hono<AppEnv>()
      .get('/', async (c) => {
        requireAdmin(c);
        parseQuery(noQuerySchema, c.req.queries());
        const body: AccountsResponse = { users: (await deps.store.accounts.listUsers()).map(toAccount) };
        return c.json(body);
      })
      // The account changes in the audit trail, newest first.
      .get('/changes', async (c) => {
        requireAdmin(c);
        parseQuery(noQuerySchema, c.req.queries());
        const entries = await deps.store.audit.list({
          planId: accountsAuditScope,
          entityType: 'user',
          limit: accountChangesShown,
        });
        const body: AuditListResponse = { entries };
        return c.json(body);
      })
      .post('/', writeBodyLimit, async (c) => {
        const admin = requireAdmin(c);
        const request = await readJsonBody(c, createAccountRequestSchema);
        await refuseUnknownDepartments(deps.store, request.departments);
        const created = await createAccount(
          deps.store,
          { ...request, passwordHash: await hashOf(request.password) },
          deps.now(),
          admin,
        );
        if (created.kind === 'usernameTaken') throw new ApiProblem('conflict', { field: 'username' });
        const body: AccountResponse = { user: toAccount(created.user) };
        return c.json(body, 201);
      })
      .patch('/:id', writeBodyLimit, async (c) => {
        const admin = requireAdmin(c);
        const id = parseIdParam('id', c.req.param('id'));
        const request = await readJsonBody(c, updateAccountRequestSchema);
        await refuseUnknownDepartments(deps.store, request.departments);
        const current = await deps.store.accounts.getUser(id);
        if (!current) throw new ApiProblem('notFound', { field: 'id' });
        if (current.version !== request.version)
          throw new ApiProblem('conflict', { field: 'version', current: toAccount(current) });
        if (!(await keepsAnActiveAdmin(deps.store, current, request)))
          throw new ApiProblem('forbidden', { field: 'lastAdmin' });

        const role = request.role ?? current.role;
        const changes: UserChanges = {
          ...(request.displayName === undefined ? {} : { displayName: request.displayName }),
          ...(request.role === undefined ? {} : { role }),
          ...(request.departments === undefined && request.role === undefined
            ? {}
            : { departments: departmentsFor(role, request.departments ?? current.departments) }),
          ...(request.disabled === undefined ? {} : { disabled: request.disabled }),
          ...(request.password === undefined ? {} : { passwordHash: await hashOf(request.password) }),
        };
        const result = await deps.store.accounts.updateUser(
          id,
          request.version,
          changes,
          deps.now().toISOString(),
          accountChangedEntries(admin, current, changes, crypto.randomUUID()),
        );
        if (result.kind === 'missing') throw new ApiProblem('notFound', { field: 'id' });
        if (result.kind === 'stale')
          throw new ApiProblem('conflict', { field: 'version', current: toAccount(result.current) });
        if (request.disabled === true || request.password !== undefined)
          await deps.store.accounts.deleteSessionsOfUser(id);
        const body: AccountResponse = { user: toAccount(result.user) };
        return c.json(body);
      })
  );
}
