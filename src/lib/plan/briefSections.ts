/**
 * The brief's sections: the main expected targets first, then each campaign action that has
 * indicators, in the plan's order, numbered as a Chinese document numbers them (一、二、…).
 */
import type { CampaignAction, Indicator } from '../../domain/model';

export interface BriefSection {
  key: string;
  action: CampaignAction | null;
  indicators: Indicator[];
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

export function briefSections(
  actions: readonly CampaignAction[],
  indicators: readonly Indicator[],
): BriefSection[] {
  const sorted = [...indicators].sort(byOrder);
  const main: BriefSection = {
    key: 'main',
    action: null,
    indicators: sorted.filter((i) => i.actionId === null),
  };
  const byAction = [...actions].sort(byOrder).map((action) => ({
    key: action.id,
    action,
    indicators: sorted.filter((indicator) => indicator.actionId === action.id),
  }));
  return [main, ...byAction].filter((section) => section.indicators.length > 0);
}

const chineseDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (up to 99). */
export function chineseNumber(value: number): string {
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return chineseDigits[ones] ?? String(value);
  return `${tens === 1 ? '' : (chineseDigits[tens] ?? '')}十${chineseDigits[ones] ?? ''}`;
}
