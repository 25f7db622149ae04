/**
 * The uploaded file of an import: a multipart form's `file` field, or the raw body sent with the
 * file's own content type (Excel or CSV; `X-File-Name` may carry its URI-encoded name). Anything
 * else is a 400 naming `file`. The route's body limit (1 MB) applies either way.
 */
import type { Context } from 'hono';
import { ApiProblem } from '../http/errors';

export interface Upload {
  bytes: Uint8Array;
  fileName: string | null;
}

/** Content types a raw upload may come with: Excel, CSV (browsers on Windows call it ms-excel) and plain bytes. */
const rawTypes = [
  /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\b/i,
  /^application\/vnd\.ms-excel\b/i,
  /^text\/(csv|plain)\b/i,
  /^application\/(csv|octet-stream)\b/i,
];

function decodedName(header: string | undefined): string | null {
  if (!header) return null;
  try {
    return decodeURIComponent(header).slice(0, 200);
  } catch {
    return null;
  }
}

export async function readUpload(c: Context): Promise<Upload> {
  const contentType = c.req.header('Content-Type') ?? '';
  let upload: Upload;
  if (/^multipart\/form-data\b/i.test(contentType)) {
    const form = await c.req.parseBody().catch(() => {
      throw new ApiProblem('invalidBody', { field: 'file' });
    });
    const file = form.file;
    if (!(file instanceof File)) throw new ApiProblem('invalidBody', { field: 'file' });
    upload = { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name || null };
  } else if (rawTypes.some((type) => type.test(contentType))) {
    upload = {
      bytes: new Uint8Array(await c.req.arrayBuffer()),
      fileName: decodedName(c.req.header('X-File-Name')),
    };
  } else {
    throw new ApiProblem('invalidBody', { field: 'file' });
  }
  if (upload.bytes.length === 0) throw new ApiProblem('invalidBody', { field: 'file' });
  return upload;
}
