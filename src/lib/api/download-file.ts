/** Downloading a template or an export, saved under the name the server gives it. */
import { sendFileRequest } from './send-file-request';

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
  const response = await sendFileRequest(path, { method: 'GET' }, locale);
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
