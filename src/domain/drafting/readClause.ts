/**
 * The targets of one clause. A clause is read list item by list item (、):
 * - an item with a figure is a target; its last figure is the value, earlier ones belong to the
 *   subject (过10亿元项目10个以上, 99个……项目年度计划投资80亿元);
 * - an item without a figure or predicate is a subject waiting for one (A、B保持正增长);
 * - 分别 spreads the following bare figures over the subjects (分别增长5.5%、6%以上).
 */
import type { Span } from './clauses';
import { splitItems } from './clauses';
import { comparatorFor, defaultBand } from './comparators';
import { deadlineIn, namesEarlyDeadline, yearEnd } from './deadlines';
import { directionOf } from './direction';
import { kindOf } from './kinds';
import { borrowHead, expandUrbanRural, readSubject, splitJoinedSubjects, stripLeadingCues, stripRateWord } from './names';
import { findQuantities, normalizeWidth, type Quantity } from './numbers';
import { readPredicate } from './predicates';
import type { DraftComparator, DraftKind, DraftTarget } from './types';

export interface ClauseContext {
  /** The whole text, which every proposal quotes from. */
  source: string;
  year: number | null;
  actionName: string | null;
  /** Inside the 主要预期目标 paragraph, where figureless predicates (量稳质升) are targets. */
  mainTargets: boolean;
}

/** Words that make a figure in Chinese numerals (突破百亿元, 十家以上) a target rather than a count in prose. */
const chineseCueBefore = /(?:突破|超过|达到|新增|增加|引进|培育|建成|实现|至少|不少于|过)$/;
const chineseCueAfter = /^(?:以上|左右|以内)/;
/** Words that make a figureless predicate a target outside the main-target paragraph. */
const predicateCue = /力争|确保|实现|保持|完成|继续|成立|建立|组建|设立|出台|达到/;

interface Reading {
  start: number;
  end: number;
  names: string[];
  kind: DraftKind;
  comparator: DraftComparator;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  deadline: string | null;
  binding: boolean;
  benchmark: string | null;
}

function countsAsTarget(quantity: Quantity, before: string, after: string): boolean {
  if (!quantity.chinese) return true;
  // 一个, 一批 are articles in prose, not figures.
  if (quantity.value === 1) return false;
  return chineseCueBefore.test(before) || chineseCueAfter.test(after);
}

function lastTargetFigure(text: string): { quantity: Quantity; before: string; after: string } | null {
  const quantities = findQuantities(text);
  for (let index = quantities.length - 1; index >= 0; index -= 1) {
    const quantity = quantities[index]!;
    const before = text.slice(0, quantity.index);
    const after = text.slice(quantity.index + quantity.raw.length);
    if (countsAsTarget(quantity, before, after)) return { quantity, before, after };
  }
  return null;
}

interface FigureReading {
  quantity: Quantity;
  comparator: DraftComparator;
  value: number;
  valueMax: number | null;
  subject: string;
  trailing: string;
  verb: string | null;
  end: number;
}

function readFigure(item: Span, lowerHint: boolean): FigureReading | null {
  const text = normalizeWidth(item.text);
  const figure = lastTargetFigure(text);
  if (!figure) return null;
  const { quantity, before, after } = figure;
  const { name, verb } = readSubject(before);
  const lowerIsBetter = lowerHint || /失业率|居民消费价格|能耗|排放/.test(name);
  const { comparator, suffixLength } = comparatorFor(before, after, quantity.valueMax !== null, lowerIsBetter);
  const falling = verb === '降低' || verb === '下降' || verb === '减少' || /(?:降低|下降|减少)$/.test(before);
  const sign = falling ? -1 : 1;
  const trailing = after.slice(suffixLength).replace(/^[”"]/, '').trim();
  return {
    quantity,
    comparator,
    value: sign * quantity.value,
    valueMax: quantity.valueMax === null ? null : sign * quantity.valueMax,
    subject: name,
    trailing,
    verb: falling ? '降低' : verb,
    end: item.start + item.text.length,
  };
}

/** 成立招商“专家咨询委员会” keeps its closing quote when the clause's last mark was cut. */
function closeQuotes(name: string): string {
  const open = (name.match(/“/g) ?? []).length;
  const close = (name.match(/”/g) ?? []).length;
  return open > close ? `${name}”` : name;
}

/** The subjects of one predicate: the items waiting for it, then its own. */
function subjectsOf(pending: Span[], own: string): string[] {
  const names = pending.map((span) => stripLeadingCues(span.text));
  names.push(own);
  return names
    .map((name, index) => (index < names.length - 1 ? borrowHead(name, names[index + 1]!) : name))
    .filter((name) => name.length > 0);
}

export interface ClauseReading {
  targets: DraftTarget[];
  /** List items still waiting for a predicate when the clause ended (A、B, C保持……). */
  pending: Span[];
}

export function readClause(clause: Span, context: ClauseContext, carried: Span[] = []): ClauseReading {
  const items = splitItems(clause);
  const readings: Reading[] = [];
  const pending: Span[] = [...carried];
  let carriedDeadline: string | null = null;
  let carriedVerb: string | null = null;
  let respectively: { reading: Reading; subjects: string[]; values: FigureReading[] } | null = null;

  const finishRespectively = () => {
    if (!respectively) return;
    const { reading, subjects, values } = respectively;
    const last = values[values.length - 1]!;
    const names = subjects.length === 1 && values.length === 2 ? expandUrbanRural(subjects[0]!) : subjects;
    values.forEach((value, index) => {
      // A trailing 左右 / 以上 on the last figure is read as applying to all of them.
      const comparator = value.comparator === 'gte' && last.comparator !== 'gte' ? last.comparator : value.comparator;
      readings.push({
        ...reading,
        end: last.end,
        names: [names[index] ?? names[names.length - 1] ?? ''],
        comparator,
        value: value.value,
        valueMax: value.valueMax,
        unit: value.quantity.unit,
      });
    });
    respectively = null;
  };

  for (const item of items) {
    const text = normalizeWidth(item.text);
    const deadlineWords = context.year === null ? null : deadlineIn(text, context.year);
    if (deadlineWords) carriedDeadline = deadlineWords;
    const early = namesEarlyDeadline(text) || (carriedDeadline !== null && !carriedDeadline.endsWith('12-31'));
    const deadline = carriedDeadline ?? (context.year === null ? null : yearEnd(context.year));

    const figure = readFigure(item, false);
    if (figure) {
      if (respectively && figure.subject === '' && figure.trailing === '') {
        respectively.values.push(figure);
        continue;
      }
      finishRespectively();
      const ownSubject = figure.trailing.length >= 2 ? figure.trailing : figure.subject;
      const leadingVerb = /^新增/.test(stripLeadingCues(text)) ? '新增' : null;
      carriedVerb = leadingVerb ?? carriedVerb;
      const subject =
        carriedVerb && !leadingVerb && !ownSubject.startsWith(carriedVerb) ? `${carriedVerb}${ownSubject}` : ownSubject;
      const { name, rateWord } = stripRateWord(subject);
      const start = pending[0]?.start ?? item.start;
      // A list of subjects may end with 和: 亩均税收、人均税收和亩均技工贸总收入增长20%以上.
      const joined = pending.length > 0 ? splitJoinedSubjects(name) : [name];
      const subjects = subjectsOf(pending, joined[0] ?? name).concat(joined.slice(1));
      pending.length = 0;
      const words = `${figure.verb ?? ''}${rateWord ?? ''}${text}`;
      const reading: Reading = {
        start,
        end: figure.end,
        names: subjects.length > 0 ? subjects : [name],
        kind: kindOf(figure.quantity.unit, words, early),
        comparator: figure.comparator,
        value: figure.value,
        valueMax: figure.valueMax,
        unit: figure.quantity.unit,
        deadline,
        binding: /约束性/.test(text),
        benchmark: null,
      };
      if (/分别/.test(text)) {
        respectively = { reading, subjects: reading.names, values: [figure] };
      } else {
        readings.push(reading);
      }
      continue;
    }
    finishRespectively();

    const bare = stripLeadingCues(text).replace(/[”"]$/, '');
    const predicate = context.mainTargets || predicateCue.test(text) ? readPredicate(bare) : null;
    if (predicate) {
      const { name } = readSubject(bare.slice(0, predicate.index));
      const { name: subject } = stripRateWord(name.replace(/增长$/, ''));
      const ownName = subject.length > 0 ? subject : closeQuotes(predicate.ownName ?? '');
      const joined = predicate.kind === 'qualitative' && predicate.ownName === null ? splitJoinedSubjects(ownName) : [ownName];
      const subjects = subjectsOf(pending, joined[0] ?? ownName).concat(joined.slice(1));
      readings.push({
        start: pending[0]?.start ?? item.start,
        end: item.start + item.text.length,
        names: subjects,
        kind: predicate.kind,
        comparator: predicate.comparator,
        value: predicate.value,
        valueMax: null,
        unit: predicate.unit,
        deadline,
        binding: predicate.binding || /约束性/.test(text),
        benchmark: predicate.benchmark,
      });
      pending.length = 0;
      continue;
    }
    pending.push(item);
  }
  finishRespectively();

  const targets = readings.flatMap((reading) =>
    reading.names
      .filter((name) => name.length > 0)
      .map((name): DraftTarget => {
        const sentence = context.source.slice(reading.start, reading.end);
        return {
          sentence,
          at: reading.start,
          name: { zh: name },
          kind: reading.kind,
          comparator: reading.comparator,
          value: reading.value,
          valueMax: reading.valueMax,
          band: defaultBand(reading.comparator, reading.unit),
          unit: reading.unit,
          deadline: reading.deadline,
          direction: directionOf(name, reading.comparator, reading.value),
          binding: reading.binding,
          benchmark: reading.benchmark,
          actionName: context.actionName,
        };
      }),
  );
  return { targets, pending };
}
