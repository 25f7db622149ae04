/** Asking the API to read a work report: pasted text as JSON, or a .docx as the raw body. Stores nothing. */
import { useMutation } from '@tanstack/react-query';
import { ApiError, getCsrfToken, requestJson } from '../../../api/client';
import { apiBase, errorBodySchema } from '../../../api/contract';
import {
  docxContentType,
  planDraftResponseSchema,
  type PlanDraftResponse,
} from '../../../api/planDraftsContract';
import { useLocalized } from '../../../i18n/localized';

export const planDraftsPath = '/plan-drafts';

export type DraftSource = { text: string; year?: number } | { file: File };

/**
 * A .docx goes as the raw body with its type (the mock's service worker cannot pass on the Origin
 * header that the server requires of form posts); the plan year then comes from the text. A
 * refusal becomes an ApiError carrying the server's message, which says why in the user's language.
 */
async function uploadDocx(file: File, locale: string): Promise<PlanDraftResponse> {
  const token = getCsrfToken();
  let response: Response;
  try {
    response = await fetch(`${apiBase}${planDraftsPath}`, {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: {
        'Accept-Language': locale,
        'Content-Type': docxContentType,
        ...(token === null ? {} : { 'X-CSRF-Token': token }),
      },
    });
  } catch {
    throw new ApiError('network', 'network unreachable', 0);
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const refused = errorBodySchema.safeParse(payload);
    if (!refused.success) throw new ApiError('badResponse', `HTTP ${response.status}`, response.status);
    const { code, message, field } = refused.data.error;
    throw new ApiError(code, message, response.status, field);
  }
  const parsed = planDraftResponseSchema.safeParse(payload);
  if (!parsed.success)
    throw new ApiError('badResponse', 'response does not match the contract', response.status);
  return parsed.data;
}

export function draftPlanRequest(source: DraftSource, locale: string): Promise<PlanDraftResponse> {
  if ('file' in source) return uploadDocx(source.file, locale);
  return requestJson(planDraftsPath, planDraftResponseSchema, { method: 'POST', body: source, locale });
}

export function useDraftPlan() {
  const { locale } = useLocalized();
  return useMutation({ mutationFn: (source: DraftSource) => draftPlanRequest(source, locale) });
}
