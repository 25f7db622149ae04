/** The mock's stand-in for signing in (`POST /api/session/mock-role`): become a demo user of a role. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import type { MockRoleRequest } from '../../../api/accountsContract';
import { applySession, sessionContract } from '../../../lib/api/get-session';

export function useMockRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MockRoleRequest) =>
      requestJson('/session/mock-role', sessionContract, { method: 'POST', body: request }),
    onSuccess: (session) => applySession(queryClient, session),
  });
}
