/** Uploading a file for an import's dry run or commit; a commit that wrote something refreshes every query. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, getCsrfToken } from '../../../api/client';
import {
  importReportSchema,
  xlsxContentType,
  type ImportMode,
  type ImportReport,
} from '../../../api/transferContract';
import { useLocalized } from '../../../i18n/localized';
import { sendFileRequest } from '../../../lib/api/send-file-request';

/** The type a file is sent as: by its extension (some systems leave .csv untyped), else its own. */
function uploadType(file: File): string {
  if (/\.xlsx$/i.test(file.name)) return xlsxContentType;
  if (/\.csv$/i.test(file.name)) return 'text/csv';
  return file.type || 'application/octet-stream';
}

/**
 * Sends the file as the raw body with its own type and its name in `X-File-Name`. (A multipart
 * form would do too, but the mock's service worker cannot pass on the Origin header that the
 * server requires of form posts.)
 */
export async function uploadForImport(
  path: string,
  file: File,
  mode: ImportMode,
  locale: string,
): Promise<ImportReport> {
  const token = getCsrfToken();
  const headers: Record<string, string> = {
    'Content-Type': uploadType(file),
    'X-File-Name': encodeURIComponent(file.name),
    ...(token === null ? {} : { 'X-CSRF-Token': token }),
  };
  const response = await sendFileRequest(
    `${path}?mode=${mode}`,
    { method: 'POST', body: file, headers },
    locale,
  );
  const parsed = importReportSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success)
    throw new ApiError('badResponse', 'response does not match the contract', response.status);
  return parsed.data;
}

export interface ImportRequest {
  path: string;
  file: File;
  mode: ImportMode;
}

/** A dry run or a commit; a commit that wrote something refreshes every query. */
export function useImportFile() {
  const queryClient = useQueryClient();
  const { locale } = useLocalized();
  return useMutation({
    mutationFn: ({ path, file, mode }: ImportRequest) => uploadForImport(path, file, mode, locale),
    onSuccess: async (report) => {
      if (report.committed) await queryClient.invalidateQueries();
    },
  });
}
