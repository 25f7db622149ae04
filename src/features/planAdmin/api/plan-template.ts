/**
 * The plan template: a plan downloaded as one, and a file uploaded for the import's dry run or
 * commit; a commit that created a plan refreshes every query (the plan list above all).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, getCsrfToken } from '../../../api/client';
import {
  planTemplatePaths,
  planTemplateReportSchema,
  type PlanTemplateReport,
} from '../../../api/planTemplateContract';
import { xlsxContentType, type ImportMode, type SheetFormat } from '../../../api/transferContract';
import { useLocalized } from '../../../i18n/localized';
import { downloadFile } from '../../../lib/api/download-file';
import { sendFileRequest } from '../../../lib/api/send-file-request';

export function downloadPlanTemplate(planId: string, format: SheetFormat, locale: string): Promise<void> {
  return downloadFile(planTemplatePaths.template(planId, format), locale);
}

/** Sends the file as the raw body with its type and its name in `X-File-Name`, as the other imports do. */
async function uploadTemplate(file: File, mode: ImportMode, locale: string): Promise<PlanTemplateReport> {
  const token = getCsrfToken();
  const type = /\.xlsx$/i.test(file.name)
    ? xlsxContentType
    : /\.csv$/i.test(file.name)
      ? 'text/csv'
      : file.type;
  const response = await sendFileRequest(
    `${planTemplatePaths.import()}?mode=${mode}`,
    {
      method: 'POST',
      // The bytes rather than the File itself: every fetch sends them as they are.
      body: await file.arrayBuffer(),
      headers: {
        'Content-Type': type || 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name),
        ...(token === null ? {} : { 'X-CSRF-Token': token }),
      },
    },
    locale,
  );
  const parsed = planTemplateReportSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success)
    throw new ApiError('badResponse', 'response does not match the contract', response.status);
  return parsed.data;
}

export function useTemplateImport() {
  const queryClient = useQueryClient();
  const { locale } = useLocalized();
  return useMutation({
    mutationFn: ({ file, mode }: { file: File; mode: ImportMode }) => uploadTemplate(file, mode, locale),
    onSuccess: async (report) => {
      if (report.committed) await queryClient.invalidateQueries();
    },
  });
}
