/**
 * Files to and from the API: downloading a template or an export (saved under the name the
 * server gives), and uploading a file for an import's dry run or commit. Failures become ApiError
 * with the contract's code, as requestJson's do.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, getCsrfToken } from '../../../api/client';
import { apiBase, errorBodySchema } from '../../../api/contract';
import { importReportSchema, type ImportMode, type ImportReport } from '../../../api/transferContract';
import { useLocalized } from '../../../i18n/localized';

async function send(path: string, init: RequestInit, locale: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}`, {
      ...init,
      credentials: 'same-origin',
      headers: { 'Accept-Language': locale, ...init.headers },
    });
  } catch {
    throw new ApiError('network', 'network unreachable', 0);
  }
  if (response.ok) return response;
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError('badResponse', `HTTP ${response.status}`, response.status);
  const { code, message, field, current } = parsed.data.error;
  throw new ApiError(code, message, response.status, field, current);
}

/** The name in `filename*=UTF-8''…`, else in `filename="…"`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // a malformed name: try the plain one
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Fetches the file and hands it to the browser to save. */
export async function downloadFile(path: string, locale: string): Promise<void> {
  const response = await send(path, { method: 'GET' }, locale);
  const name = fileNameOf(response.headers.get('Content-Disposition'), path.split('/').at(-1) ?? 'download');
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click starts the download before the address is released.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

export async function uploadForImport(
  path: string,
  file: File,
  mode: ImportMode,
  locale: string,
): Promise<ImportReport> {
  const form = new FormData();
  form.set('file', file);
  const token = getCsrfToken();
  const response = await send(
    `${path}?mode=${mode}`,
    { method: 'POST', body: form, headers: token === null ? {} : { 'X-CSRF-Token': token } },
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
