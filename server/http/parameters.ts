/**
 * Path and query parameters are checked against the contract at the edge; a bad one is a 400
 * `invalidParameter` naming it.
 */
import { z } from 'zod';
import { idParamSchema } from '../../src/api/contract';
import { calendarDateIssue } from '../../src/domain/model';
import { rangeOfIssueMessage } from '../../src/domain/numberRange';
import { ApiProblem } from './errors';

/** The field an issue is about: the unknown key for `unrecognized_keys`, else its path. */
export function issueField(issue: z.core.$ZodIssue, fallback: string): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return path.length > 0 ? path.join('.') : fallback;
}

/** The problem an issue makes, naming the field and, for a number out of range, the range. */
/** A date that is not a day of the calendar (2024-02-31, 2024-99-99), in both languages. */
const notACalendarDate = {
  zh: '不是有效日期，应为 YYYY-MM-DD 格式的真实日期（如 2024-02-29）',
  en: 'is not a real date: it must be a day of the calendar written YYYY-MM-DD (such as 2024-02-29)',
};

export function issueProblem(
  code: 'invalidBody' | 'invalidParameter',
  issue: z.core.$ZodIssue | undefined,
  fallback: string,
): ApiProblem {
  if (!issue) return new ApiProblem(code, { field: fallback });
  const range = rangeOfIssueMessage(issue.message);
  const reason = issue.message === calendarDateIssue ? notACalendarDate : undefined;
  return new ApiProblem(code, {
    field: issueField(issue, fallback),
    ...(range ? { range } : {}),
    ...(reason ? { reason } : {}),
  });
}

export function parseIdParam(name: string, value: string | undefined): string {
  const parsed = idParamSchema.safeParse(value);
  if (!parsed.success) throw new ApiProblem('invalidParameter', { field: name });
  return parsed.data;
}

/** For routes that take no query at all. */
export const noQuerySchema = z.object({}).strict();

/**
 * Checks the query string against a strict schema such as `asOfQuerySchema`; unknown keys and a
 * key given twice are refused, naming the key.
 */
export function parseQuery<Schema extends z.ZodType>(
  schema: Schema,
  queries: Record<string, string[]>,
): z.infer<Schema> {
  const single: Record<string, string> = {};
  for (const [key, values] of Object.entries(queries)) {
    if (values.length !== 1 || values[0] === undefined)
      throw new ApiProblem('invalidParameter', { field: key });
    single[key] = values[0];
  }
  const parsed = schema.safeParse(single);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new ApiProblem('invalidParameter', { field: issue ? issueField(issue, 'query') : 'query' });
  }
  return parsed.data;
}
