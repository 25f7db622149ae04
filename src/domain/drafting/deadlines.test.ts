import { describe, expect, it } from 'vitest';
import { deadlineIn, planYearOf } from './deadlines';

describe('deadlines in words', () => {
  it.each([
    ['力争一季度开工率超过90%', '2024-03-31'],
    ['首季开门红', '2024-03-31'],
    ['上半年确保开工率达到100%', '2024-06-30'],
    ['前三季度完成投资60亿元', '2024-09-30'],
    ['年内投产项目40个以上', '2024-12-31'],
    ['力争全年新落地过10亿元项目10个以上', '2024-12-31'],
    ['6月底前完成', '2024-06-30'],
    ['二月底前建成', '2024-02-29'],
  ])('reads 「%s」 as due on %s', (text, date) => {
    expect(deadlineIn(text, 2024)).toBe(date);
  });

  it('finds no deadline in words that name none', () => {
    expect(deadlineIn('地区生产总值增长6%', 2024)).toBeNull();
  });

  it('takes the plan year from "2024年是……" over an earlier year in the title', () => {
    expect(planYearOf('2023年度高区总结表彰大会召开。2024年是中华人民共和国成立75周年')).toBe(2024);
  });

  it('takes the plan year from the year its targets are stated for', () => {
    expect(planYearOf('■ 2025年经济社会发展的主要预期目标')).toBe(2025);
  });

  it('knows no plan year when the text names no year', () => {
    expect(planYearOf('主要预期目标是:地区生产总值增长6%左右')).toBeNull();
  });
});
