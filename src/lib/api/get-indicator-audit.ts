/**
 * One indicator's change history (`GET /api/indicators/:id/audit`), newest first: shown on the
 * indicator page and read again when a definition save meets a newer change.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../api/client';
import { auditListResponseSchema } from '../../api/auditContract';
import { queryKeys } from '../queryKeys';

export function indicatorAuditQueryOptions(indicatorId: string) {
  return queryOptions({
    queryKey: queryKeys.audit.ofIndicator(indicatorId),
    queryFn: ({ signal }) =>
      requestJson(`/indicators/${encodeURIComponent(indicatorId)}/audit`, auditListResponseSchema, {
        signal,
      }),
  });
}

export function useIndicatorAudit(indicatorId: string, enabled: boolean) {
  return useQuery({ ...indicatorAuditQueryOptions(indicatorId), enabled });
}
