/**
 * Numbers, periods and targets as officials read them, in Chinese first and English second.
 *
 * | unit                      | zh-CN       | en-US            | digits                                   |
 * |---------------------------|-------------|------------------|------------------------------------------|
 * | percent                   | 6.0%        | 6.0%             | 1                                        |
 * | yiYuan                    | 80.0亿元    | 8.00 bn yuan     | 1 in 亿元; 2 in billions (1亿元 = 0.1 bn)  |
 * | count                     | 12个        | 12               | 0, or 1 for a fraction (a pace of 0.4个)  |
 * | count, unitLabel 家/firms | 8家         | 8 firms          | as count                                 |
 * | measure, 万人/people      | 3.3万人     | 33,000 people    | up to 2 in the written unit               |
 * | measure, 亿斤/jin         | 500亿斤     | 50 bn jin        | up to 2 in the written unit               |
 * | measure, 亿美元/US dollars | 12.5亿美元  | 1.25 bn US dollars | up to 2 in the written unit             |
 * | measure, no label         | 3.3         | 3.3              | up to 2                                  |
 * | rank                      | 第1名       | No. 1            | 0                                        |
 * | none                      | 1           | 1                | up to 2                                  |
 *
 * The English amount is the same figure in billions with one more decimal, so both languages are
 * exactly as precise: 80.0亿元 = 8.00 bn yuan, 12.3亿元 = 1.23 bn yuan.
 * A unit as the plan writes it (`unitLabel`) reads as written in Chinese. In English the label names
 * only what is counted (people, tonnes, jin, firms); the scale the Chinese label carries (万, 亿, …)
 * is multiplied out and the figure written in full below a million, in "million" below a billion,
 * in "bn" above, with as many decimals as keep the Chinese precision: 3.3万人 = 33,000 people,
 * 70万吨 = 700,000 tonnes, 0.35亿美元 = 35 million US dollars, 500亿斤 = 50 bn jin.
 * Differences carry a sign (+0.5 / −0.5; zero has none); a difference of percents is in
 * percentage points (个百分点 / pp). Negatives use the true minus sign −. A missing figure is —.
 */
import type { Bilingual, Comparator, Indicator, IsoDate, Period, Threshold, Unit } from './model';
import { monthOf, yearOf } from './period';
import { chineseScale } from './unitLabels';

/** A unit alone, or an indicator's unit with the label the plan writes it in (万人 / people). */
export type UnitOf = Unit | Pick<Indicator, 'unit' | 'unitLabel'>;

function unitAndLabel(unitOf: UnitOf): { unit: Unit; label: Bilingual | null } {
  return typeof unitOf === 'string'
    ? { unit: unitOf, label: null }
    : { unit: unitOf.unit, label: unitOf.unitLabel };
}

export type FormatLocale = 'zh-CN' | 'en-US';

/** Shown where there is no figure. */
export const missingFigure = '—';

const englishMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

interface Digits {
  min: number;
  max: number;
}

/**
 * The size of a figure to a fixed number of decimals, without sign or grouping, rounded half away
 * from zero on the figure as written: −4.25 → "4.3", 37.5 → "37.5".
 */
export function fixedMagnitude(value: number, decimals: number): string {
  const written = String(Math.abs(value));
  const rounded = written.includes('e')
    ? Math.abs(value)
    : Number(`${Math.round(Number(`${written}e${decimals}`))}e-${decimals}`);
  return rounded.toFixed(decimals);
}

/**
 * Both locales group thousands with "," and use "." for decimals, so figures are formatted by hand:
 * Intl.NumberFormat's first use loads locale data and costs the overview's first render dearly.
 * Rounding is half away from zero on the figure as written (5.55 → 5.6), as Intl does; a figure that
 * rounds to zero has no sign.
 */
function formatNumber(value: number, _locale: FormatLocale, digits: Digits, signed: boolean): string {
  const magnitude = fixedMagnitude(value, digits.max);
  const [whole = '0', decimals = ''] = magnitude.split('.');
  let fraction = decimals;
  while (fraction.length > digits.min && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = Number(magnitude) === 0 ? '' : value < 0 ? '−' : signed ? '+' : '';
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A plain figure to a fixed number of decimals, thousands grouped with ",": 1234.5 → "1,234.50". */
export function formatFixed(value: number, decimals: number): string {
  return formatNumber(value, 'zh-CN', { min: decimals, max: decimals }, false);
}

/** How many decimals each unit shows for a reported figure. */
function figureDigits(unit: Unit, locale: FormatLocale): Digits {
  switch (unit) {
    case 'percent':
      return { min: 1, max: 1 };
    case 'yiYuan':
      return locale === 'zh-CN' ? { min: 1, max: 1 } : { min: 2, max: 2 };
    case 'count':
      return { min: 0, max: 1 };
    case 'rank':
      return { min: 0, max: 0 };
    case 'measure':
    case 'none':
      return { min: 0, max: 2 };
  }
}

/** The English words for a figure in a labelled unit: 3.3万人 → 33,000 people, 500亿斤 → 50 bn jin. */
function englishLabelled(
  value: number,
  label: Bilingual,
  locale: FormatLocale,
  digits: Digits,
  signed: boolean,
): string {
  const scale = chineseScale(label.zh);
  if (scale === 1) return `${formatNumber(value, locale, digits, signed)} ${label.en}`;
  const full = value * scale;
  const [divisor, word] =
    Math.abs(full) >= 1e9 ? [1e9, ' bn'] : Math.abs(full) >= 1e6 ? [1e6, ' million'] : [1, ''];
  const max = Math.max(0, digits.max + Math.round(Math.log10(divisor / scale)));
  const number = formatNumber(full / divisor, locale, { min: 0, max }, signed);
  return `${number}${word} ${label.en}`;
}

/** A number in its unit's words, e.g. 80.0亿元 or 8.00 bn yuan; `digits` decides the decimals. */
function withUnit(
  value: number,
  unitOf: UnitOf,
  locale: FormatLocale,
  digits: Digits,
  signed: boolean,
): string {
  const { unit, label } = unitAndLabel(unitOf);
  const zh = locale === 'zh-CN';
  if (label && (unit === 'measure' || unit === 'count')) {
    return zh
      ? `${formatNumber(value, locale, digits, signed)}${label.zh}`
      : englishLabelled(value, label, locale, digits, signed);
  }
  const scaled = unit === 'yiYuan' && !zh ? value / 10 : value;
  const number = formatNumber(scaled, locale, digits, signed);
  switch (unit) {
    case 'percent':
      return `${number}%`;
    case 'yiYuan':
      return zh ? `${number}亿元` : `${number} bn yuan`;
    case 'count':
      return zh ? `${number}个` : number;
    case 'rank':
      return zh ? `第${number}名` : `No. ${number}`;
    case 'measure':
    case 'none':
      return number;
  }
}

/** A reported or projected figure: 6.0%, 80.0亿元 / 8.00 bn yuan, 12个 / 12, 第1名 / No. 1, 3.3万人 / 33,000 people. */
export function formatValue(value: number | null, unitOf: UnitOf, locale: FormatLocale): string {
  if (value === null) return missingFigure;
  return withUnit(value, unitOf, locale, figureDigits(unitAndLabel(unitOf).unit, locale), false);
}

/**
 * A signed difference in the indicator's unit: +2.0亿元 / +0.20 bn yuan, −3个 / −3, a rank moved
 * +1名 / +1 places; a difference of percents in percentage points, +0.5个百分点 / +0.5 pp.
 */
export function formatDifference(value: number, unitOf: UnitOf, locale: FormatLocale): string {
  const zh = locale === 'zh-CN';
  const { unit } = unitAndLabel(unitOf);
  const digits = figureDigits(unit, locale);
  switch (unit) {
    case 'percent': {
      const points = formatNumber(value, locale, digits, true);
      return zh ? `${points}个百分点` : `${points} pp`;
    }
    case 'rank': {
      const places = formatNumber(value, locale, digits, true);
      return zh ? `${places}名` : `${places} ${Math.abs(value) === 1 ? 'place' : 'places'}`;
    }
    default:
      return withUnit(value, unitOf, locale, digits, true);
  }
}

/** 2024年3月 / Mar 2024. */
export function formatPeriod(period: Period, locale: FormatLocale): string {
  const month = monthOf(period);
  return locale === 'zh-CN'
    ? `${yearOf(period)}年${month}月`
    : `${englishMonths[month - 1]} ${yearOf(period)}`;
}

/** 2024年3月31日 / 31 Mar 2024. */
export function formatDate(date: IsoDate, locale: FormatLocale): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return locale === 'zh-CN' ? `${year}年${month}月${day}日` : `${day} ${englishMonths[month - 1]} ${year}`;
}

const comparatorWords: Record<Comparator, string> = {
  gt: '超过',
  gte: '不低于',
  eq: '达到',
  lte: '不超过',
  lt: '低于',
  approx: '',
  range: '',
};
const comparatorSymbols: Record<Comparator, string> = {
  gt: '>',
  gte: '≥',
  eq: '=',
  lte: '≤',
  lt: '<',
  approx: '≈',
  range: '',
};

/** Digits of a target as the plan writes it: 6%, 5.5%, 100亿元, 8 bn yuan, 10个. */
function targetDigits(unit: Unit, locale: FormatLocale): Digits {
  return { min: 0, max: unit === 'yiYuan' && locale === 'en-US' ? 3 : 2 };
}

/** A relative target's yardstick in the words of a threshold: 全省 / the province. */
export interface ThresholdOptions {
  withDeadline?: boolean;
  /** The yardstick of a relative target (its benchmark series' or indicator's name); the value is then a margin over it. */
  referenceLabel?: Bilingual | null;
}

/**
 * A relative target in words: 高于全省 / above the province (gt 0), 高于全省1个百分点以上 / at least
 * 1 pp above the province, 与经济增长同步 / in step with GDP (approx 0, ±0.5 pp), 不高于全省 / not above.
 */
function relativeTarget(
  threshold: Threshold,
  unitOf: UnitOf,
  locale: FormatLocale,
  label: Bilingual,
): string {
  const zh = locale === 'zh-CN';
  const name = zh ? label.zh : label.en;
  const { unit } = unitAndLabel(unitOf);
  const margin = (value: number) =>
    unit === 'percent'
      ? zh
        ? `${formatNumber(value, locale, targetDigits(unit, locale), false)}个百分点`
        : `${formatNumber(value, locale, targetDigits(unit, locale), false)} pp`
      : withUnit(value, unitOf, locale, targetDigits(unit, locale), false);
  const { comparator, value } = threshold;
  if (comparator === 'approx' && compareZero(value)) {
    const band = threshold.band;
    if (zh) return band === undefined ? `与${name}同步` : `与${name}同步（±${margin(band)}）`;
    return band === undefined ? `in step with ${name}` : `in step with ${name} (±${margin(band)})`;
  }
  const above = comparator === 'gt' || comparator === 'gte';
  if ((above || comparator === 'lt' || comparator === 'lte') && compareZero(value)) {
    const strict = comparator === 'gt' || comparator === 'lt';
    if (zh)
      return above ? (strict ? `高于${name}` : `不低于${name}`) : strict ? `低于${name}` : `不高于${name}`;
    return above
      ? strict
        ? `above ${name}`
        : `not below ${name}`
      : strict
        ? `below ${name}`
        : `not above ${name}`;
  }
  const by = margin(Math.abs(value));
  if (comparator === 'range') {
    const upper = margin(threshold.valueMax ?? value);
    return zh ? `比${name}高${margin(value)}至${upper}` : `${margin(value)} to ${upper} above ${name}`;
  }
  const higher = value > 0;
  if (zh) {
    const word = higher ? `高于${name}${by}` : `低于${name}${by}`;
    return comparator === 'approx'
      ? `${word}左右`
      : comparator === 'gte' || comparator === 'gt'
        ? `${word}以上`
        : word;
  }
  const word = `${by} ${higher ? 'above' : 'below'} ${name}`;
  return comparator === 'approx'
    ? `about ${word}`
    : comparator === 'gte' || comparator === 'gt'
      ? `at least ${word}`
      : word;
}

function compareZero(value: number): boolean {
  return Math.abs(value) < 1e-9;
}

/**
 * A dated target: 超过90%（2024年3月31日前）/ > 90% by 31 Mar 2024, 不低于6% / ≥ 6%, 5.5%左右 /
 * about 5.5%, 4.5%–5% (a percent range repeats the sign; other units are written once: 3–5万吨),
 * 不低于70万吨 / ≥ 700,000 tonnes. A rank reads 第1名 / No. 1 when it must equal it, 前3名 / top 3 when
 * it must be at or above it. With `referenceLabel` the target is relative (高于全省).
 * `withDeadline: false` leaves the date out.
 */
export function formatThreshold(
  threshold: Threshold,
  unitOf: UnitOf,
  locale: FormatLocale,
  options: ThresholdOptions = {},
): string {
  const zh = locale === 'zh-CN';
  const { unit } = unitAndLabel(unitOf);
  const digits = targetDigits(unit, locale);
  const target = withUnit(threshold.value, unitOf, locale, digits, false);
  let text: string;
  if (options.referenceLabel) {
    text = relativeTarget(threshold, unitOf, locale, options.referenceLabel);
  } else if (unit === 'rank' && threshold.comparator === 'eq') {
    text = target;
  } else if (unit === 'rank' && threshold.comparator === 'lte') {
    const places = formatNumber(threshold.value, locale, digits, false);
    text = zh ? `前${places}名` : `top ${places}`;
  } else if (threshold.comparator === 'approx') {
    text = zh ? `${target}左右` : `about ${target}`;
  } else if (threshold.comparator === 'range') {
    const upper = withUnit(threshold.valueMax ?? threshold.value, unitOf, locale, digits, false);
    const lower =
      unit === 'percent' || (!zh && typeof unitOf !== 'string' && unitOf.unitLabel)
        ? target
        : formatNumber(threshold.value, locale, digits, false);
    text = `${lower}–${upper}`;
  } else {
    text = zh
      ? `${comparatorWords[threshold.comparator]}${target}`
      : `${comparatorSymbols[threshold.comparator]} ${target}`;
  }
  if (options.withDeadline === false) return text;
  const date = formatDate(threshold.deadline, locale);
  return zh ? `${text}（${date}前）` : `${text} by ${date}`;
}
