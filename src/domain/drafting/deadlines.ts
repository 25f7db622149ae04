/**
 * Deadlines in words: 一季度 / 首季 → 3-31, 上半年 → 6-30, 前三季度 → 9-30, 年内 / 全年 → 12-31,
 * "x月底前" → the last day of month x. The plan year comes from the text or from the caller.
 */
import { readNumber } from './numbers';

const pad = (value: number) => String(value).padStart(2, '0');

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Words for a date inside the plan year, most specific first. */
const dueWords: { pattern: RegExp; month: (match: RegExpExecArray) => number | null }[] = [
  { pattern: /([0-9一二三四五六七八九十]{1,3})月(?:底|末)(?:前)?/, month: (match) => readNumber(match[1]!) },
  { pattern: /前三季度/, month: () => 9 },
  { pattern: /(?:第?一季度|首季)/, month: () => 3 },
  { pattern: /上半年|年中/, month: () => 6 },
  { pattern: /(?:第?三季度)/, month: () => 9 },
  { pattern: /年内|全年|年底|年末|今年/, month: () => 12 },
];

/** The due date named in a piece of text, or null when it names none. */
export function deadlineIn(text: string, year: number): string | null {
  for (const word of dueWords) {
    const match = word.pattern.exec(text);
    if (!match) continue;
    const month = word.month(match);
    if (month !== null && month >= 1 && month <= 12) return lastDayOf(year, month);
  }
  return null;
}

/** Whether the text names a due date before the year's end. */
export function namesEarlyDeadline(text: string): boolean {
  return /[0-9一二三四五六七八九十]{1,3}月(?:底|末)|前三季度|一季度|首季|上半年|年中|三季度/.test(text);
}

/** The year-end of the plan year. */
export const yearEnd = (year: number) => `${year}-12-31`;

/**
 * The plan year a report speaks of: "2024年是……", "2025年……主要预期目标", else the latest year
 * the text mentions (a report looks ahead), else null.
 */
export function planYearOf(text: string): number | null {
  const stated =
    /(20\d\d)年是/.exec(text) ??
    /(20\d\d)年[^。；;]{0,20}(?:主要预期目标|预期目标|目标任务|主要目标)/.exec(text) ??
    /(?:今年是|今年为)?(20\d\d)年(?:经济社会发展|全市|全省|全区)/.exec(text);
  if (stated) return Number(stated[1]);
  const years = [...text.matchAll(/(?<!\d)(20\d\d)年/g)].map((match) => Number(match[1]));
  return years.length > 0 ? Math.max(...years) : null;
}
