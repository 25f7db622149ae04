/**
 * Units as plans write them (万人, 万吨, 亿斤, 亿美元, 家, 项): the scale a Chinese unit carries, so the
 * English text can write the same quantity in its own words (3.3万人 = 33,000 people).
 */

/** Scale prefixes, longest first: 万亿 before 亿 before 万. */
const scales: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
];

/** The factor a Chinese unit label's leading scale word stands for: 万人 → 10,000, 亿斤 → 100,000,000, 家 → 1. */
export function chineseScale(labelZh: string): number {
  return scales.find(([prefix]) => labelZh.startsWith(prefix) && labelZh.length > prefix.length)?.[1] ?? 1;
}
