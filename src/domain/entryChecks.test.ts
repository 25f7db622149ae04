import { describe, expect, it } from 'vitest';
import { checkHistory, isConfirmed, readFigureText, referenceFigure } from './entryChecks';

describe('reading a typed figure', () => {
  it('refuses "9,5" as a decimal comma and suggests 9.5, rather than reading 95', () => {
    expect(readFigureText('9,5')).toEqual({ issue: { rule: 'decimalComma', suggestion: '9.5' } });
  });

  it('refuses a pasted "7,9" and a full-width "７，９" alike', () => {
    expect(readFigureText('7,9')).toEqual({ issue: { rule: 'decimalComma', suggestion: '7.9' } });
    expect(readFigureText('７，９')).toEqual({ issue: { rule: 'decimalComma', suggestion: '7.9' } });
    expect(readFigureText('-3,25')).toEqual({ issue: { rule: 'decimalComma', suggestion: '-3.25' } });
  });

  it('reads commas that group digits by three as thousands separators', () => {
    expect(readFigureText('1,234')).toEqual({ value: 1234 });
    expect(readFigureText(' 12,345.6 ')).toEqual({ value: 12345.6 });
  });

  it('refuses commas that group neither by three nor as one decimal comma', () => {
    expect(readFigureText('1,2345')).toEqual({ issue: { rule: 'decimalComma', suggestion: '1.2345' } });
    expect(readFigureText('1,23,4')).toEqual({ issue: { rule: 'notANumber' } });
  });

  it('refuses a figure typed with its unit and gives the number to type instead', () => {
    expect(readFigureText('5.5%')).toEqual({ issue: { rule: 'unitTyped', number: '5.5' } });
    expect(readFigureText('80亿元')).toEqual({ issue: { rule: 'unitTyped', number: '80' } });
    expect(readFigureText('12 个')).toEqual({ issue: { rule: 'unitTyped', number: '12' } });
    expect(readFigureText('￥3')).toEqual({ issue: { rule: 'unitTyped', number: '3' } });
  });

  it('refuses a unit and a decimal comma together as a decimal comma first', () => {
    expect(readFigureText('9,5%')).toEqual({ issue: { rule: 'decimalComma', suggestion: '9.5' } });
  });

  it('reads plain numbers, full-width digits and an empty cell', () => {
    expect(readFigureText('9.5')).toEqual({ value: 9.5 });
    expect(readFigureText('−3.2')).toEqual({ value: -3.2 });
    expect(readFigureText('１２．５')).toEqual({ value: 12.5 });
    expect(readFigureText('  ')).toEqual({ value: null });
    expect(readFigureText('abc')).toEqual({ issue: { rule: 'notANumber' } });
  });
});

describe('a figure far from its history', () => {
  const history = [
    { period: '2025-01', value: 8.8 },
    { period: '2025-02', value: 9.2 },
  ];

  it('asks to confirm a growth rate that jumps from 9.2 % to 95 %', () => {
    expect(checkHistory('growthRate', '2025-03', 95, history)).toEqual({
      rule: 'farFromHistory',
      reference: 9.2,
      referencePeriod: '2025-02',
    });
  });

  it('lets a growth rate move exactly 30 points, and stops it at 30.1', () => {
    expect(checkHistory('growthRate', '2025-03', 39.2, history)).toBeNull();
    expect(checkHistory('growthRate', '2025-03', -20.8, history)).toBeNull();
    expect(checkHistory('growthRate', '2025-03', 39.3, history)?.rule).toBe('farFromHistory');
  });

  it('compares a correction with the period before it, not with the figure it corrects', () => {
    const stored = [...history, { period: '2025-03', value: 95 }];
    expect(checkHistory('growthRate', '2025-03', 9.5, stored)).toBeNull();
  });

  it('asks to confirm an amount ten times its history, or a tenth of it', () => {
    const amounts = [{ period: '2025-02', value: 8 }];
    expect(checkHistory('cumulativeAmount', '2025-03', 80, amounts)?.reference).toBe(8);
    expect(checkHistory('cumulativeAmount', '2025-03', 79.9, amounts)).toBeNull();
    expect(checkHistory('cumulativeCount', '2025-03', 0.8, amounts)?.rule).toBe('farFromHistory');
    expect(checkHistory('cumulativeCount', '2025-03', 0.81, amounts)).toBeNull();
  });

  it('does not compare a cumulative figure in January with last December', () => {
    const lastYear = [{ period: '2024-12', value: 120 }];
    expect(referenceFigure('cumulativeCount', '2025-01', lastYear)).toBeNull();
    expect(checkHistory('cumulativeCount', '2025-01', 6, lastYear)).toBeNull();
    expect(referenceFigure('growthRate', '2025-01', lastYear)).toEqual({ value: 120, period: '2024-12' });
  });

  it('does not compare with a reference of 0, nor start rates, ranks and empty figures', () => {
    expect(checkHistory('cumulativeCount', '2025-03', 50, [{ period: '2025-02', value: 0 }])).toBeNull();
    expect(checkHistory('deadlineRate', '2025-03', 95, history)).toBeNull();
    expect(checkHistory('rank', '2025-03', 95, history)).toBeNull();
    expect(checkHistory('growthRate', '2025-03', null, history)).toBeNull();
    expect(checkHistory('growthRate', '2025-03', 95, [])).toBeNull();
  });

  it('counts a confirmation only when its reason is not blank', () => {
    expect(isConfirmed({ reason: '统计口径调整' })).toBe(true);
    expect(isConfirmed({ reason: '  ' })).toBe(false);
    expect(isConfirmed(undefined)).toBe(false);
  });
});
