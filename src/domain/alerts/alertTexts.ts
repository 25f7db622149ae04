/**
 * What an alert says, in Chinese and English, from its rule and its facts. Words are the ones the
 * screens use for the same things (滞后, 未完成, 逾期未报, 催报, 退回).
 */
import type { AlertRule } from '../../api/alertsContract';
import type { Bilingual, IsoDate, Period } from '../model';

/** The facts an alert's words are made of; each rule reads the ones it needs. */
export interface AlertFacts {
  /** The status words before the change, for a status alert. */
  statusBefore?: Bilingual;
  dueDate?: IsoDate;
  daysLate?: number;
  daysLeft?: number;
  /** The reviewer's comment of a figure sent back. */
  comment?: string;
  /** Who sent a reminder or sent a figure back (display name). */
  actor?: string;
}

function periodWords(period: Period | null): Bilingual {
  if (period === null) return { zh: '', en: '' };
  const [year, month] = period.split('-');
  return { zh: `${year}年${Number(month)}月`, en: ` for ${period}` };
}

/** The title and detail of an alert. */
export function alertTexts(
  rule: AlertRule,
  name: Bilingual,
  period: Period | null,
  facts: AlertFacts,
): { title: Bilingual; detail: Bilingual } {
  const when = periodWords(period);
  switch (rule) {
    case 'statusBehind':
      return {
        title: { zh: `「${name.zh}」转为滞后`, en: `“${name.en}” is now behind schedule` },
        detail: {
          zh: `${when.zh}数据报送后，状态由${facts.statusBefore?.zh ?? '未报送'}变为滞后（未达到序时进度）。`,
          en: `After the figure${when.en} was saved, its status went from ${facts.statusBefore?.en ?? 'not reported'} to behind schedule.`,
        },
      };
    case 'statusMissed':
      return {
        title: { zh: `「${name.zh}」未完成目标`, en: `“${name.en}” missed its target` },
        detail: {
          zh: `${when.zh}数据报送后，状态由${facts.statusBefore?.zh ?? '未报送'}变为未完成。`,
          en: `After the figure${when.en} was saved, its status went from ${facts.statusBefore?.en ?? 'not reported'} to missed.`,
        },
      };
    case 'overdue':
      return {
        title: {
          zh: `「${name.zh}」${when.zh}数据逾期未报`,
          en: `“${name.en}”: the figure${when.en} is overdue`,
        },
        detail: {
          zh: `应于${facts.dueDate ?? ''}前报送，已逾期${facts.daysLate ?? 1}天。`,
          en: `It was due by ${facts.dueDate ?? ''}; ${facts.daysLate ?? 1} day(s) late.`,
        },
      };
    case 'deadlineNear':
      return {
        title: {
          zh: `「${name.zh}」${when.zh}数据将于${facts.dueDate ?? ''}到期`,
          en: `“${name.en}”: the figure${when.en} is due on ${facts.dueDate ?? ''}`,
        },
        detail: {
          zh: `尚未报送，还剩${facts.daysLeft ?? 0}天。`,
          en: `Not reported yet; ${facts.daysLeft ?? 0} day(s) left.`,
        },
      };
    case 'sentBack':
      return {
        title: {
          zh: `「${name.zh}」${when.zh}数据被退回`,
          en: `“${name.en}”: the figure${when.en} was sent back`,
        },
        detail: {
          zh: `${facts.actor ?? '审核人'}退回，意见：${facts.comment ?? '无'}`,
          en: `Sent back by ${facts.actor ?? 'the reviewer'}: ${facts.comment ?? 'no comment'}`,
        },
      };
    case 'reminder':
      return {
        title: {
          zh: `催报：「${name.zh}」${when.zh}数据`,
          en: `Reminder: “${name.en}”, the figure${when.en}`,
        },
        detail: {
          zh: `${facts.actor ?? '督查室'}提醒尽快报送${facts.comment ? `：${facts.comment}` : '。'}`,
          en: `${facts.actor ?? 'The office'} asks for the figure${facts.comment ? `: ${facts.comment}` : '.'}`,
        },
      };
  }
}
