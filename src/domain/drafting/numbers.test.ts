import { describe, expect, it } from 'vitest';
import { findQuantities, normalizeWidth, readChineseNumeral, readNumber } from './numbers';

describe('reading the figures of a report', () => {
  it('reads full-width digits and signs as their ASCII forms, one character for one', () => {
    expect(normalizeWidth('增长５.５％')).toBe('增长5.5%');
    expect(normalizeWidth('增长５．５％').length).toBe('增长５．５％'.length);
  });

  it.each([
    ['十', 10],
    ['十五', 15],
    ['两', 2],
    ['二十', 20],
    ['一百二十', 120],
    ['百', 100],
  ])('reads the Chinese numeral %s as %s', (text, value) => {
    expect(readChineseNumeral(text)).toBe(value);
  });

  it('reads a decimal figure and rejects words that are not numerals', () => {
    expect(readNumber('5.5')).toBe(5.5);
    expect(readNumber('增长')).toBeNull();
  });

  it('keeps 万 and 亿 in the unit as written, with decimals', () => {
    const [quantity] = findQuantities('城镇新增就业3.3万人');
    expect(quantity).toMatchObject({ value: 3.3, unit: '万人', raw: '3.3万人' });
    expect(findQuantities('粮食产量1.4万亿斤左右')[0]).toMatchObject({ value: 1.4, unit: '万亿斤' });
    expect(findQuantities('实际使用外资2.5亿美元')[0]).toMatchObject({ value: 2.5, unit: '亿美元' });
  });

  it('reads 百亿元 as 100 亿元 and 十项 as 10 项, marking both as Chinese numerals', () => {
    expect(findQuantities('到位内资突破百亿元')[0]).toMatchObject({ value: 100, unit: '亿元', chinese: true });
    expect(findQuantities('十项攻坚行动')[0]).toMatchObject({ value: 10, unit: '项', chinese: true });
  });

  it('reads a range written with a dash, 至 or a unit on the upper end only', () => {
    expect(findQuantities('经济增长4.5%-5%')[0]).toMatchObject({ value: 4.5, valueMax: 5, unit: '%' });
    expect(findQuantities('增长4.5%至5%')[0]).toMatchObject({ value: 4.5, valueMax: 5 });
    expect(findQuantities('增长4.5-5%')[0]).toMatchObject({ value: 4.5, valueMax: 5, unit: '%' });
  });

  it('does not read years, dates or figures without a unit as quantities', () => {
    expect(findQuantities('2024年是中华人民共和国成立75周年,发布时间:2024-02-07')).toEqual([]);
  });

  it('reads 个百分点 whole rather than as 个', () => {
    expect(findQuantities('提高1个百分点')[0]).toMatchObject({ value: 1, unit: '个百分点' });
  });
});
