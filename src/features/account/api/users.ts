/** Accounts, for admins (`/api/users`): the list, adding one and changing one. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import {
  accountResponseSchema,
  accountsResponseSchema,
  type CreateAccountRequest,
  type UpdateAccountRequest,
} from '../../../api/accountsContract';
import { auditListResponseSchema } from '../../../api/auditContract';
import { queryKeys } from '../../../lib/queryKeys';

/** Who made or changed which account (`GET /api/users/changes`), newest first. */
export function accountChangesQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.users.changes(),
    queryFn: ({ signal }) => requestJson('/users/changes', auditListResponseSchema, { signal }),
  });
}

export function useAccountChanges(enabled: boolean) {
  return useQuery({ ...accountChangesQueryOptions(), enabled });
}

export function accountsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.users.all(),
    queryFn: ({ signal }) => requestJson('/users', accountsResponseSchema, { signal }),
  });
}

export function useAccounts(enabled: boolean) {
  return useQuery({ ...accountsQueryOptions(), enabled });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateAccountRequest) =>
      requestJson('/users', accountResponseSchema, { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryOptions().queryKey }),
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...request }: UpdateAccountRequest & { id: string }) =>
      requestJson(`/users/${encodeURIComponent(id)}`, accountResponseSchema, {
        method: 'PATCH',
        body: request,
      }),
    // The change may be to the admin's own account: its session is fetched again too.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: accountsQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: queryKeys.session() }),
      ]),
  });
}
