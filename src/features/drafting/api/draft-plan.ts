/** Asking the API to read a work report: pasted text as JSON, or a .docx as the raw body. Stores nothing. */
import { useMutation } from '@tanstack/react-query';
import { ApiError, getCsrfToken, requestJson } from '../../../api/client';
import { docxContentType, planDraftResponseSchema, type PlanDraftResponse } from '../../../api/planDraftsContract';
import { useLocalized } from '../../../i18n/localized';
import { sendFileRequest } from '../../transfer/api/send-file-request';

export const planDraftsPath = '/plan-drafts';

export type DraftSource = { text: string; year?: number } | { file: File };

/**
 * A .docx goes as the raw body with its type (the mock's service worker cannot pass on the Origin
 * header that the server requires of form posts); the plan year then comes from the text.
 */
async function uploadDocx(file: File, locale: string): Promise<PlanDraftResponse> {
  const token = getCsrfToken();
  const response = await sendFileRequest(
    planDraftsPath,
    {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': docxContentType, ...(token === null ? {} : { 'X-CSRF-Token': token }) },
    },
    locale,
  );
  const parsed = planDraftResponseSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError('badResponse', 'response does not match the contract', response.status);
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
