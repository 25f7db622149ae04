/** Signing in with a password (`POST /api/session`) and signing out (`DELETE /api/session`). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import type { SignInRequest } from '../../../api/accountsContract';
import { applySession, sessionContract } from '../../../lib/api/get-session';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SignInRequest) =>
      requestJson('/session', sessionContract, { method: 'POST', body: credentials }),
    onSuccess: (session) => applySession(queryClient, session),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestJson('/session', sessionContract, { method: 'DELETE' }),
    onSuccess: (session) => applySession(queryClient, session),
  });
}
