import { describe, expect, it } from 'vitest';
import { looksChinese } from './language';

describe('telling a Chinese report from other text', () => {
  it('takes a Chinese target paragraph, Latin abbreviations and all', () => {
    expect(looksChinese('实现GDP增速6.2%以上;全社会R&D经费投入强度增长3.35%')).toBe(true);
  });

  it('refuses English text', () => {
    expect(looksChinese('China targets an economic growth rate of around 5 percent in 2025.')).toBe(false);
  });

  it('refuses figures alone and a few stray characters in English prose', () => {
    expect(looksChinese('6% 8% 7% 5.5%')).toBe(false);
    expect(looksChinese('The zone (高区) set its goals for the coming year in a long speech about growth.')).toBe(false);
  });
});
