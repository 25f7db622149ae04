/** The status words an alert quotes, as the screens say them (src/i18n/commonMessages.ts). */
import type { Status } from '../evaluation';
import type { Bilingual } from '../model';

export const statusWords: Record<Status, Bilingual> = {
  ahead: { zh: '超前', en: 'ahead' },
  onSchedule: { zh: '符合序时进度', en: 'on schedule' },
  needsAttention: { zh: '需关注', en: 'needs attention' },
  behind: { zh: '滞后', en: 'behind' },
  notReported: { zh: '未报送', en: 'not reported' },
  met: { zh: '已完成', en: 'met' },
  missed: { zh: '未完成', en: 'missed' },
  awaitingYearEnd: { zh: '待年终数据', en: 'awaiting the year-end figure' },
  awaitingReference: { zh: '待对标数据', en: 'awaiting the benchmark figure' },
};
