/**
 * The text of every error code, in both languages. `field` names the parameter or body field at fault.
 */
import type { ErrorCode } from '../../src/api/contract';
import { passwordRuleText } from '../../src/api/passwordRule';
import type { NumberRange } from '../../src/domain/numberRange';
import type { MessageLocale } from './locale';

type MessageOf = (field: string | undefined) => string;

/** Why a request was refused, where the reason is worth telling. */
const forbiddenMessages: Record<MessageLocale, Record<string, string>> = {
  zh: {
    csrfToken: '请求缺少有效的安全令牌,请刷新页面后重试',
    origin: '请求来自其他网站,已拒绝',
    lastAdmin: '不能停用或降级最后一位可用的管理员',
  },
  en: {
    csrfToken: 'The request lacks a valid security token; reload the page and try again',
    origin: 'The request came from another site and was refused',
    lastAdmin: 'The last active administrator cannot be disabled or demoted',
  },
};

/** Why a request must wait, where it is not failed sign-ins. */
const tooManyMessages: Record<MessageLocale, Record<string, string>> = {
  zh: {
    busy: '同时登录的请求过多,请稍后再试',
    eventStreams: '此地址打开的实时更新连接过多,请关闭一些页面后再试',
  },
  en: {
    busy: 'Too many sign-ins at once; please try again in a moment',
    eventStreams:
      'Too many live-update connections are open from this address; close some pages and try again',
  },
};

/** Why a body was refused, where the field alone does not say it (a work report to draft from). */
const invalidBodyReasons: Record<MessageLocale, Record<string, string>> = {
  zh: {
    textEmpty: '请粘贴或上传工作报告的文字,内容不能为空',
    textTooLarge: '报告文字超过 1 MB,请只粘贴含目标的段落',
    notChinese: '未识别到中文内容,请粘贴中文工作报告',
    noTargets: '未在文字中找到目标,请粘贴含“主要预期目标”或具体指标的段落',
    notDocx: '文件不是有效的 Word(.docx)文档,请另存为 .docx 后重试,或直接粘贴文字',
    confirmationRequired:
      '该数据与此指标以往的数据相差过大,需要确认:请在 confirmation.reason 中说明原因后再保存',
  },
  en: {
    textEmpty: "Paste or upload the work report's text; it is empty",
    textTooLarge: "The report's text is over 1 MB; paste only the paragraphs that state targets",
    notChinese: 'This does not look like Chinese text; paste a Chinese work report',
    noTargets:
      'No targets were found in the text; paste the paragraphs that state them (主要预期目标, or figures)',
    notDocx:
      'The file is not a valid Word (.docx) document; save it as .docx and try again, or paste the text',
    confirmationRequired:
      "This figure is far from the indicator's history and needs a confirmation: give a reason in confirmation.reason and save again",
  },
};

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
    zh: (field) =>
      field === 'password' ? passwordRuleText.zh : field ? `请求内容中的 ${field} 不正确` : '请求内容不正确',
    en: (field) =>
      field === 'password'
        ? passwordRuleText.en
        : field
          ? `The request body has an invalid "${field}"`
          : 'The request body is not valid',
  },
  payloadTooLarge: {
    zh: () => '请求内容过大(上限 1 MB)',
    en: () => 'The request body is too large (the limit is 1 MB)',
  },
  unauthorized: {
    zh: (field) => (field === 'credentials' ? '用户名或密码不正确' : '请先登录'),
    en: (field) =>
      field === 'credentials' ? 'The username or password is incorrect' : 'Please sign in first',
  },
  forbidden: {
    zh: (field) => forbiddenMessages.zh[field ?? ''] ?? '没有执行此操作的权限',
    en: (field) => forbiddenMessages.en[field ?? ''] ?? 'You are not allowed to do this',
  },
  conflict: {
    zh: (field) => (field === 'username' ? '该用户名已被使用' : '数据已被他人修改,请查看最新内容后重试'),
    en: (field) =>
      field === 'username'
        ? 'This username is already taken'
        : 'Someone else changed this meanwhile; review the current data and try again',
  },
  tooManyRequests: {
    zh: (field) => tooManyMessages.zh[field ?? ''] ?? '登录失败次数过多,请 15 分钟后再试',
    en: (field) =>
      tooManyMessages.en[field ?? ''] ?? 'Too many failed sign-ins; please try again in 15 minutes',
  },
  unavailable: {
    zh: (field) =>
      field === 'eventStreams'
        ? '服务器的实时更新连接已满,请稍后重试'
        : field === 'migrations'
          ? '数据库结构尚未更新到本版本,暂不能提供服务'
          : '数据存储暂时无法访问,请稍后重试',
    en: (field) =>
      field === 'eventStreams'
        ? 'The server holds as many live-update connections as it can; please try again shortly'
        : field === 'migrations'
          ? 'The database schema is not up to date for this version; the server is not ready'
          : 'The data store cannot be reached; please try again shortly',
  },
  internal: {
    zh: () => '服务器内部错误,请稍后重试',
    en: () => 'Something went wrong on the server; please try again',
  },
};

const rangeMessages: Record<MessageLocale, (field: string | undefined, range: NumberRange) => string> = {
  zh: (field, { min, max }) => `${field ? `${field} ` : '数值'}超出允许范围:应在 ${min} 至 ${max} 之间`,
  en: (field, { min, max }) =>
    `${field ? `"${field}"` : 'A number'} is out of range: it must be from ${min} to ${max}`,
};

/** What a refusal says beyond its code: the range a number must keep to, or why a body was refused. */
export interface MessageDetails {
  range?: NumberRange;
  reason?: string;
}

export function errorMessage(
  code: ErrorCode,
  locale: MessageLocale,
  field?: string,
  details: MessageDetails = {},
): string {
  const { range, reason } = details;
  if (range && (code === 'invalidBody' || code === 'invalidParameter'))
    return rangeMessages[locale](field, range);
  const told =
    code === 'invalidBody' && reason !== undefined ? invalidBodyReasons[locale][reason] : undefined;
  return told ?? errorMessages[code][locale](field);
}
