/**
 * What a refusal says of its field, for showing beside that field: the server's message without
 * the field path it starts with (server/http/errors.ts writes "请求内容中的 department.name.zh
 * 已有名为“区统计局”的部门" / 'In the request body, "department.name.zh" already has …'), since the
 * label beside it already names the field.
 */
import { ApiError } from './client';

export function fieldReason(error: ApiError): string {
  const field = error.field;
  if (!field) return error.message;
  for (const prefix of [
    `请求内容中的 ${field} `,
    `参数 ${field} `,
    `In the request body, "${field}" `,
    `The parameter "${field}" `,
  ]) {
    if (error.message.startsWith(prefix)) {
      const reason = error.message.slice(prefix.length).trim();
      return reason === '' ? error.message : reason;
    }
  }
  return error.message;
}
