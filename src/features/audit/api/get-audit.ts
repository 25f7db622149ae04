/**
 * Reading the change log: `GET /api/audit?…` and its CSV export (one indicator's history is in
 * src/lib/api/get-indicator-audit.ts). Every save refreshes `queryKeys.audit.all()`.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, queryString, requestJson } from '../../../api/client';
import { apiBase } from '../../../api/contract';
import { auditListResponseSchema, type AuditListResponse } from '../../../api/auditContract';
import { queryKeys } from '../../../lib/queryKeys';

/** The filters of the log page, as the query string carries them. */
export interface AuditQuery {
  indicatorId?: string;
  actor?: string;
  from?: string;
  to?: string;
}

export const auditPageSize = 200;

function auditSearch(query: AuditQuery, extra: Record<string, string> = {}): string {
  return queryString({ ...query, ...extra });
}

export function getAudit(query: AuditQuery, signal?: AbortSignal): Promise<AuditListResponse> {
  return requestJson(
    `/audit${auditSearch(query, { limit: String(auditPageSize) })}`,
    auditListResponseSchema,
    {
      signal,
    },
  );
}

export function auditQueryOptions(query: AuditQuery) {
  return queryOptions({
    queryKey: queryKeys.audit.list(query),
    queryFn: ({ signal }) => getAudit(query, signal),
  });
}

export function useAudit(query: AuditQuery, enabled: boolean) {
  return useQuery({ ...auditQueryOptions(query), enabled });
}

/** Fetches the filtered log as CSV and hands it to the browser as a download. */
export async function downloadAuditCsv(query: AuditQuery): Promise<void> {
  const response = await fetch(`${apiBase}/audit${auditSearch(query, { format: 'csv' })}`, {
    headers: { Accept: 'text/csv' },
    credentials: 'same-origin',
  });
  if (!response.ok)
    throw new ApiError(
      response.status === 401 ? 'unauthorized' : 'badResponse',
      `HTTP ${response.status}`,
      response.status,
    );
  const blob = await response.blob();
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'audit.csv';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
