import { describe, expect, it } from 'vitest';
import { splitClauses, splitItems, splitLines, splitSentences } from './clauses';

describe('splitting a report', () => {
  it('splits sentences at 。 and ；, clauses at commas and colons, items at 、', () => {
    const [line] = splitLines('目标为:A增长6%,B增长8%;C、D均实现量稳质升。');
    const sentences = splitSentences(line!);
    expect(sentences.map((span) => span.text)).toEqual(['目标为:A增长6%,B增长8%', 'C、D均实现量稳质升']);
    expect(splitClauses(sentences[0]!).map((span) => span.text)).toEqual(['目标为', 'A增长6%', 'B增长8%']);
    expect(splitItems(sentences[1]!).map((span) => span.text)).toEqual(['C', 'D均实现量稳质升']);
  });

  it('keeps each piece at its position in the text', () => {
    const text = '前言\n地区生产总值增长6%,固定资产投资增长8%';
    const clauses = splitLines(text).flatMap(splitSentences).flatMap(splitClauses);
    for (const clause of clauses) expect(text.slice(clause.start, clause.start + clause.text.length)).toBe(clause.text);
  });

  it('does not split inside quotes', () => {
    const [line] = splitLines('三大中心任务是“产业提级、城市提质、民生提档”,实现更加优质均衡发展');
    expect(splitClauses(line!).map((span) => span.text)).toEqual([
      '三大中心任务是“产业提级、城市提质、民生提档”',
      '实现更加优质均衡发展',
    ]);
  });

  it('drops list bullets and blanks around a line', () => {
    expect(splitLines('  ●经济增长6%左右 ')[0]).toEqual({ text: '经济增长6%左右', start: 3 });
  });
});
