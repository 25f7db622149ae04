/**
 * The text of every error code, in both languages. `field` names the parameter or body field at fault.
 */
import type { ErrorCode } from '../../src/api/contract';
import type { MessageLocale } from './locale';

type MessageOf = (field: string | undefined) => string;

const errorMessages: Record<ErrorCode, Record<MessageLocale, MessageOf>> = {
  notFound: {
    zh: () => '未找到请求的内容',
    en: () => 'Nothing was found at this address',
  },
  invalidParameter: {
    zh: (field) => (field ? `参数 ${field} 的格式不正确` : '请求参数的格式不正确'),
    en: (field) => (field ? `The parameter "${field}" is not valid` : 'A parameter is not valid'),
  },
  invalidBody: {
    zh: (field) => (field ? `请求内容中的 ${field} 不正确` : '请求内容不正确'),
    en: (field) => (field ? `The request body has an invalid "${field}"` : 'The request body is not valid'),
  },
  payloadTooLarge: {
    zh: () => '请求内容过大(上限 1 MB)',
    en: () => 'The request body is too large (the limit is 1 MB)',
  },
  unauthorized: {
    zh: () => '请先登录',
    en: () => 'Please sign in first',
  },
  forbidden: {
    zh: () => '没有执行此操作的权限',
    en: () => 'You are not allowed to do this',
  },
  conflict: {
    zh: () => '数据已被他人修改,请查看最新内容后重试',
    en: () => 'Someone else changed this meanwhile; review the current data and try again',
  },
  unavailable: {
    zh: () => '数据存储暂时无法访问,请稍后重试',
    en: () => 'The data store cannot be reached; please try again shortly',
  },
  internal: {
    zh: () => '服务器内部错误,请稍后重试',
    en: () => 'Something went wrong on the server; please try again',
  },
};

export function errorMessage(code: ErrorCode, locale: MessageLocale, field?: string): string {
  return errorMessages[code][locale](field);
}
