/**
 * The work report a draft is asked for: JSON `{ text, year? }`, a .docx as the `file` field of a
 * multipart form (with an optional `year` field), or a .docx as the raw body.
 */
import type { Context } from 'hono';
import { docxContentType, planDraftRequestSchema, planYearSchema } from '../../src/api/planDraftsContract';
import { readJsonBody } from '../http/body';
import { ApiProblem } from '../http/errors';
import { docxText } from './docxText';

export interface ReportInput {
  text: string;
  year: number | undefined;
}

function yearField(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = planYearSchema.safeParse(typeof value === 'string' ? Number(value) : value);
  if (!parsed.success) throw new ApiProblem('invalidBody', { field: 'year' });
  return parsed.data;
}

export async function readReportInput(c: Context): Promise<ReportInput> {
  const contentType = c.req.header('Content-Type') ?? '';
  if (/^multipart\/form-data\b/i.test(contentType)) {
    const form = await c.req.parseBody().catch(() => {
      throw new ApiProblem('invalidBody', { field: 'file' });
    });
    const file = form.file;
    if (!(file instanceof File) || file.size === 0) throw new ApiProblem('invalidBody', { field: 'file', reason: 'notDocx' });
    const text = await docxText(new Uint8Array(await file.arrayBuffer()));
    return { text, year: yearField(form.year) };
  }
  if (contentType.toLowerCase().startsWith(docxContentType)) {
    return { text: await docxText(new Uint8Array(await c.req.arrayBuffer())), year: undefined };
  }
  const body = await readJsonBody(c, planDraftRequestSchema);
  return { text: body.text, year: body.year };
}
