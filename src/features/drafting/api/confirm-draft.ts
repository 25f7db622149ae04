/** Writing the accepted targets into a new or existing plan (`POST /api/plan-drafts/confirm`). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import {
  draftConfirmationResponseSchema,
  type DraftConfirmationBody,
  type DraftConfirmationResponse,
} from '../../../api/planDraftsContract';
import { useLocalized } from '../../../i18n/localized';
import { queryKeys } from '../../../lib/queryKeys';

export function confirmDraftRequest(
  body: DraftConfirmationBody,
  locale: string,
): Promise<DraftConfirmationResponse> {
  return requestJson('/plan-drafts/confirm', draftConfirmationResponseSchema, {
    method: 'POST',
    body,
    locale,
  });
}

export function useConfirmDraft() {
  const { locale } = useLocalized();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftConfirmationBody) => confirmDraftRequest(body, locale),
    onSuccess: async ({ plan }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.plans() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.planTree.ofPlan(plan.id) }),
      ]);
    },
  });
}
