/** Sending a reminder (`POST /api/indicators/:id/reminders`) and reading those sent; refreshes the lists that show them. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import {
  reminderResponseSchema,
  remindersResponseSchema,
  type ReminderBody,
} from '../../../api/remindersContract';
import { queryKeys } from '../../../lib/queryKeys';

export function remindersQueryOptions(planId: string) {
  return queryOptions({
    queryKey: queryKeys.reminders.ofPlan(planId),
    queryFn: ({ signal }) =>
      requestJson(`/plans/${encodeURIComponent(planId)}/reminders`, remindersResponseSchema, { signal }),
  });
}

export function useReminders(planId: string) {
  return useQuery(remindersQueryOptions(planId));
}

export function useSendReminder(planId: string, indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderBody) =>
      requestJson(`/indicators/${encodeURIComponent(indicatorId)}/reminders`, reminderResponseSchema, {
        method: 'POST',
        body,
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.reminders.ofPlan(planId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.todo.ofPlan(planId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit.all() }),
      ]),
  });
}
