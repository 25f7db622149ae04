/** The plan named in the address (`/plans/:planId/admin/…`). */
import { useParams } from 'react-router';

export function usePlanIdParam(): string {
  return useParams<{ planId: string }>().planId ?? '';
}
