/** The admins' outgoing webhooks (`/api/webhooks`) and the delivery log (`/api/webhook-deliveries`). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import {
  deliveriesResponseSchema,
  webhookResponseSchema,
  webhooksResponseSchema,
  type WebhookBody,
  type WebhookPatchBody,
} from '../../../api/alertsContract';
import { queryKeys } from '../../../lib/queryKeys';

export function useWebhooks(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.webhooks.list(),
    queryFn: ({ signal }) => requestJson('/webhooks', webhooksResponseSchema, { signal }),
    enabled,
  });
}

/** The log, asked again every few seconds while the page is open: deliveries are made in the background. */
export function useDeliveries(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.webhooks.deliveries(),
    queryFn: ({ signal }) =>
      requestJson('/webhook-deliveries?limit=50', deliveriesResponseSchema, { signal }),
    enabled,
    refetchInterval: 5000,
  });
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WebhookBody) =>
      requestJson('/webhooks', webhookResponseSchema, { method: 'POST', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all() }),
  });
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: WebhookPatchBody & { id: string }) =>
      requestJson(`/webhooks/${encodeURIComponent(id)}`, webhookResponseSchema, { method: 'PATCH', body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all() }),
  });
}
