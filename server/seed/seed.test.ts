import { describe, expect, it } from 'vitest';
import { indicatorSchema, indicatorValueSchema, planSchema, workItemSchema } from '../../src/domain/model';
import { periodCutoff, yearOf } from '../../src/domain/period';
import { buildSeed, planId } from './index';
import { sourceArticleZh } from './sourceArticle';

const seed = buildSeed({ demo: true });
const { plan, indicators, workItems, values } = seed;
const slug = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** How the article writes each threshold: digits as they stand, or the words that mean the number. */
const thresholdWrittenAs: Record<string, string[]> = {
  'gdp-growth': ['6%'],
  'industrial-value-added-growth': ['8%'],
  'fixed-asset-investment-growth': ['8%'],
  'public-budget-revenue-growth': ['7%'],
  'retail-sales-growth': ['5.5%'],
  'billion-yuan-projects': ['10个以上'],
  'top-ten-industries-domestic-capital': ['百亿元'],
  'foreign-capital-city-rank': ['全市领先'],
  'investment-expert-committee': ['成立'],
  'key-project-investment': ['80亿元'],
  'key-project-start-rate': ['超过90%', '达到100%'],
  'key-projects-in-production': ['40个以上'],
  'project-inspection-mechanism': ['建立'],
  'urban-projects-completed': ['21项'],
};

/** Numbers written in words: 百亿元 is 100 亿元; being first in the city is rank 1; setting up is done (1). */
const numberWords: Record<string, number> = { 百亿元: 100, 全市领先: 1, 成立: 1, 建立: 1 };

function numberOf(written: string): number | undefined {
  const digits = written.match(/\d+(\.\d+)?/);
  return digits ? Number(digits[0]) : numberWords[written];
}

describe('the seed of the 2024 plan', () => {
  it('is the Weihai Hi-Tech Zone plan for 2024 and passes the plan schema', () => {
    expect(planSchema.parse(plan)).toEqual(plan);
    expect(plan.id).toBe(planId);
    expect(plan.zone.zh).toBe('威海火炬高技术产业开发区');
    expect(plan.sourceDocument).toEqual({
      title: '2023年度高区总结表彰大会召开',
      publisher: '区党政办公室',
      meetingOn: '2024-02-04',
      publishedOn: '2024-02-07',
    });
  });

  it('carries the article from its title to its byline, without the website footer', () => {
    expect(sourceArticleZh.startsWith('2023年度高区总结表彰大会召开')).toBe(true);
    expect(sourceArticleZh.endsWith('来源:区党政办公室')).toBe(true);
    expect(sourceArticleZh).not.toContain('版权所有');
  });

  it('lists the three central tasks and the ten campaign actions in the article’s order', () => {
    expect(plan.centralTasks.map((task) => task.name.zh)).toEqual(['产业提级', '城市提质', '民生提档']);
    expect(plan.actions.map((action) => action.id)).toEqual([
      'industrial-upgrading',
      'investment-attraction',
      'enterprise-cultivation',
      'project-construction',
      'tech-innovation',
      'culture-tourism',
      'urban-rural-construction',
      'wellbeing',
      'grassroots-governance',
      'safety-stability',
    ]);
    expect(plan.actions.map((action) => action.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const quotedPositions = plan.actions.map((action) => sourceArticleZh.indexOf(action.sourceQuote));
    expect(quotedPositions).toEqual([...quotedPositions].sort((a, b) => a - b));
    expect(plan.actions.every((action) => action.centralTaskIds.length === 0)).toBe(true);
  });

  it('quotes the article verbatim for the goal, every action, indicator and work item', () => {
    const quotes = [
      plan.goal.sourceQuote,
      ...plan.actions.map((action) => action.sourceQuote),
      ...indicators.map((indicator) => indicator.sourceQuote),
      ...workItems.map((item) => item.sourceQuote),
    ];
    const missing = quotes.filter((quote) => !sourceArticleZh.includes(quote));
    expect(missing).toEqual([]);
  });

  it('has exactly seven main targets: growth of 6, 8, 8, 7 and 5.5 percent and two judged ones', () => {
    const main = indicators.filter((indicator) => indicator.isMainTarget).sort((a, b) => a.order - b.order);
    expect(main.map((indicator) => indicator.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(main.map((indicator) => indicator.thresholds[0]?.value ?? null)).toEqual([
      6,
      8,
      8,
      7,
      5.5,
      null,
      null,
    ]);
    expect(main.every((indicator) => indicator.actionId === null)).toBe(true);
    const judged = main.filter((indicator) => indicator.kind === 'qualitative');
    expect(judged.map((indicator) => indicator.targetText.zh)).toEqual(['量稳质升', '量稳质升']);
  });

  it('writes every threshold number in the clause its indicator quotes', () => {
    const numeric = indicators.filter((indicator) => indicator.thresholds.length > 0);
    expect(Object.keys(thresholdWrittenAs).sort()).toEqual(numeric.map((indicator) => indicator.id).sort());
    for (const indicator of numeric) {
      const written = thresholdWrittenAs[indicator.id] ?? [];
      expect(written.map(numberOf), indicator.id).toEqual(indicator.thresholds.map((t) => t.value));
      for (const words of written) expect(indicator.sourceQuote, indicator.id).toContain(words);
    }
  });

  it('gives every object a unique slug id and a valid shape', () => {
    const ids = [
      ...plan.centralTasks.map((task) => task.id),
      ...plan.actions.map((action) => action.id),
      ...indicators.map((indicator) => indicator.id),
      ...workItems.map((item) => item.id),
    ];
    expect(ids.filter((id) => !slug.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const indicator of indicators) expect(indicatorSchema.parse(indicator)).toEqual(indicator);
    for (const item of workItems) expect(workItemSchema.parse(item)).toEqual(item);
  });

  it('ties every indicator and work item to an action of the plan', () => {
    const actionIds = new Set(plan.actions.map((action) => action.id));
    const actionOf = [...indicators.filter((i) => !i.isMainTarget), ...workItems].map((x) => x.actionId);
    expect(actionOf.filter((id) => id === null || !actionIds.has(id))).toEqual([]);
    const withWorkItems = new Set(workItems.map((item) => item.actionId));
    expect(plan.actions.filter((action) => !withWorkItems.has(action.id))).toEqual([]);
  });
});

describe('the demo series', () => {
  const derivedIds = new Set(indicators.filter((i) => i.derivation !== null).map((i) => i.id));

  it('is left out unless asked for', () => {
    expect(buildSeed({ demo: false }).values).toEqual([]);
  });

  it('is all marked as demo, inside 2024, and recorded at its period’s cut-off', () => {
    for (const value of values) {
      expect(indicatorValueSchema.parse(value)).toEqual(value);
      expect(value).toMatchObject({
        isDemo: true,
        recordedBy: 'demo',
        recordedAt: periodCutoff(value.period),
      });
      expect(yearOf(value.period)).toBe(2024);
      if (value.achievedOn) expect(value.achievedOn.startsWith(value.period)).toBe(true);
      expect(value.note).toContain('示例数据');
    }
  });

  it('covers every indicator that is typed in, and none that the project registry derives', () => {
    const covered = new Set(values.map((value) => value.indicatorId));
    expect(indicators.filter((i) => derivedIds.has(i.id) === covered.has(i.id))).toEqual([]);
  });

  it('has monthly figures from February to October and quarterly ones at each quarter end', () => {
    const periodsOf = (id: string) => values.filter((v) => v.indicatorId === id).map((v) => v.period);
    expect(periodsOf('retail-sales-growth')).toEqual([
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
    ]);
    expect(periodsOf('gdp-growth')).toEqual(['2024-03', '2024-06', '2024-09']);
    expect(periodsOf('foreign-trade')).toEqual(['2024-03', '2024-06', '2024-09']);
  });

  it('shows some targets ahead and some behind by October', () => {
    const october = (id: string) => values.find((v) => v.indicatorId === id && v.period === '2024-10')?.value;
    expect(october('industrial-value-added-growth')).toBeGreaterThan(8);
    expect(october('fixed-asset-investment-growth')).toBeLessThan(8);
    expect(october('public-budget-revenue-growth')).toBeLessThan(6);
    expect(october('top-ten-industries-domestic-capital')).toBeCloseTo(78, 0);
  });

  it('judges the qualitative targets in words with no invented statistics', () => {
    const judged = values.filter((v) => v.judgement !== null);
    expect(judged.length).toBe(6);
    expect(judged.filter((v) => v.value !== null || /\d/.test(v.note ?? ''))).toEqual([]);
  });
});
