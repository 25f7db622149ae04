/**
 * Who is signed in (`GET /api/session`). Other features use `useSession`
 * to show or hide edit controls; the client sends the session's CSRF token with every write by
 * itself, since each fetched or changed session hands its token to `setCsrfToken`.
 */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { requestJson, setCsrfToken } from '../../api/client';
import { forgetOfflineCopies } from '../../api/offlineCopy';
import type { SessionResponse, SessionUser } from '../../api/authContract';
import { mayWriteFor } from '../../domain/roles';
import { isSessionKey, queryKeys } from '../queryKeys';

/** The session's schema, loaded with the first request rather than with the page. */
export const sessionContract = () =>
  import('../../api/authContract').then((contract) => contract.sessionResponseSchema);

export async function getSession(signal?: AbortSignal): Promise<SessionResponse> {
  const session = await requestJson('/session', sessionContract, { signal });
  setCsrfToken(session.csrfToken);
  return session;
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.session(),
    queryFn: ({ signal }) => getSession(signal),
  });
}

/** After signing in or out: the new session everywhere, and every other query fetched again under it. */
export async function applySession(queryClient: QueryClient, session: SessionResponse): Promise<void> {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(queryKeys.session(), session);
  // What the last session read for presenting offline is not for the next one.
  await forgetOfflineCopies().catch(() => undefined);
  await queryClient.invalidateQueries({ predicate: (query) => !isSessionKey(query.queryKey) });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** The signed-in user, or null while anonymous or still loading. */
export function useSessionUser(): SessionUser | null {
  return useSession().data?.user ?? null;
}

/** Whether the signed-in user may write figures of an indicator led by `department`. */
export function useMayWriteFor(department: string | null): boolean {
  return mayWriteFor(useSessionUser(), department);
}
