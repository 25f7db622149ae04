/**
 * Reading the figures of a work report: full-width digits and signs (５.５％), Chinese numerals
 * (十项, 两个, 百亿元) and the 万/亿 multipliers that stay part of the unit as written (3.3万人).
 */

const fullWidthOffset = 0xfee0;

/**
 * Full-width digits, point, percent, minus and tilde as their ASCII forms, one character for one,
 * so that positions in the result are positions in the input.
 */
export function normalizeWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF05\uFF0D\uFF5E\uFF0B]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - fullWidthOffset),
  );
}

const digits: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const chineseNumeralChars = '零〇一二两三四五六七八九十百千';

/** 十 → 10, 十五 → 15, 两 → 2, 一百二十 → 120, 百 → 100; null when it is not a numeral. */
export function readChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let pending: number | null = null;
  for (const char of text) {
    if (char in digits) {
      pending = digits[char]!;
    } else if (char in smallUnits) {
      total += (pending ?? 1) * smallUnits[char]!;
      pending = null;
    } else {
      return null;
    }
  }
  return total + (pending ?? 0);
}

/** A figure as written: "5.5" or "十"; null when neither. */
export function readNumber(text: string): number | null {
  const ascii = normalizeWidth(text);
  if (/^\d+(\.\d+)?$/.test(ascii)) return Number(ascii);
  return readChineseNumeral(ascii);
}

/** Units that follow a figure, longest first so that 个百分点 wins over 个. */
const baseUnits = [
  '个百分点', '美元', '人次', '平方米', '千瓦', '公里', '%', '元', '人', '吨', '斤', '个', '家', '项', '名',
  '天', '台', '辆', '件', '所', '套', '户', '座', '亩', '批', '场', '张', '次',
];
const multipliers = ['万亿', '亿', '万'];

const numberPattern = `(?:\\d+(?:\\.\\d+)?|[${chineseNumeralChars}]+)`;
const unitPattern = `(?:${multipliers.join('|')})?(?:${baseUnits.map((unit) => unit.replace('%', '%')).join('|')})`;
const rangeSeparator = '(?:-|–|—|~|至|到)';

/**
 * A figure with its unit, or a range of two (4.5%–5%, 4.5%至5%, 4.5-5%). The lookbehind keeps a
 * figure from starting in the middle of another (2024年 is not 024).
 */
export const quantityPattern = new RegExp(
  `(?<![\\d.${chineseNumeralChars}])(${numberPattern})(${unitPattern})?(?:${rangeSeparator}(${numberPattern})(${unitPattern}))?`,
  'g',
);

export interface Quantity {
  /** Offset of the figure inside the text searched. */
  index: number;
  /** The figure and its unit as written. */
  raw: string;
  value: number;
  valueMax: number | null;
  unit: string;
  /** Whether the figure is written in Chinese numerals (十项), which count only with a cue. */
  chinese: boolean;
}

/** Every figure with a unit in the text, in order. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of normalizeWidth(text).matchAll(quantityPattern)) {
    const [raw, first, firstUnit, second, secondUnit] = match;
    const unit = secondUnit ?? firstUnit;
    if (!first || !unit) continue;
    if (second && firstUnit && secondUnit && firstUnit !== secondUnit) {
      // Two figures joined by 到/至 in different units are two things (1万人到2亿元): keep the first.
      const value = readNumber(first);
      if (value !== null) found.push({ index: match.index, raw: first + firstUnit, value, valueMax: null, unit: firstUnit, chinese: !/\d/.test(first) });
      continue;
    }
    const value = readNumber(first);
    const valueMax = second ? readNumber(second) : null;
    if (value === null) continue;
    found.push({ index: match.index, raw, value, valueMax, unit, chinese: !/\d/.test(first) });
  }
  return found;
}
