/** The signed-in user's notification centre (`/api/notifications`): the list, the unread count, marking read. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import type { MarkReadBody } from '../../../api/alertsContract';
import { queryKeys } from '../../../lib/queryKeys';

// The bell is in every page's header: its schemas load beside its first request, not with the page.
const alertsContract = () => import('../../../api/alertsContract');
const unreadResponseSchema = () => alertsContract().then((contract) => contract.unreadResponseSchema);
const notificationsResponseSchema = () =>
  alertsContract().then((contract) => contract.notificationsResponseSchema);

/** How often the bell asks again while a page is open. */
const refreshMillis = 60_000;

/** The header bell's unread count; live updates refresh it at once, the interval is a fallback. */
export function unreadCountQueryOptions(enabled: boolean) {
  return queryOptions({
    queryKey: queryKeys.notifications.unread(),
    queryFn: ({ signal }) => requestJson('/notifications/unread', unreadResponseSchema, { signal }),
    enabled,
    refetchInterval: refreshMillis,
  });
}

export function useUnreadCount(enabled: boolean) {
  return useQuery(unreadCountQueryOptions(enabled));
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.notifications.list(),
    queryFn: ({ signal }) => requestJson('/notifications?limit=100', notificationsResponseSchema, { signal }),
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkReadBody) =>
      requestJson('/notifications/read', unreadResponseSchema, { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications.all() }),
  });
}
