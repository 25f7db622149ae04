/** A mutation that writes through the API and then reads every plan query again, failed or not. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { requestJson } from '../../../api/client';
import { refreshPlanData } from './refresh';

export interface WriteRequest {
  path: string;
  method: 'POST' | 'PATCH' | 'PUT';
  body: unknown;
}

export function usePlanWrite<Variables, Schema extends z.ZodType>(
  schema: Schema,
  request: (variables: Variables) => WriteRequest,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => {
      const { path, method, body } = request(variables);
      return requestJson(path, schema, { method, body });
    },
    onSettled: () => refreshPlanData(queryClient),
  });
}

export const planPath = (planId: string) => `/plans/${encodeURIComponent(planId)}`;
