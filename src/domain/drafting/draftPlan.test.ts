import { describe, expect, it } from 'vitest';
import { actionTargets } from '../../../server/seed/actionTargets';
import { mainTargets } from '../../../server/seed/mainTargets';
import { sourceArticleZh } from '../../../server/seed/sourceArticle';
import { draftPlan } from './draftPlan';

const names = (text: string, year?: number) =>
  draftPlan(text, year === undefined ? {} : { year }).targets.map((target) => target.name.zh);

describe('drafting a plan from a work report', () => {
  const seed = draftPlan(sourceArticleZh);

  it('reads the seed article as the seed plan, every target with its threshold and nothing more', () => {
    const seedTargets = [...mainTargets, ...actionTargets];
    const expectedCount = seedTargets.reduce(
      (count, target) => count + Math.max(1, target.thresholds.length),
      0,
    );
    expect(seed.targets).toHaveLength(expectedCount);
    for (const indicator of seedTargets) {
      const drafted = seed.targets.filter(
        (target) =>
          indicator.sourceQuote.includes(target.sentence) || target.sentence.includes(indicator.sourceQuote),
      );
      if (indicator.thresholds.length === 0) {
        expect(
          drafted.map((target) => target.comparator),
          indicator.id,
        ).toContain('qualitative');
        continue;
      }
      for (const threshold of indicator.thresholds) {
        expect(
          drafted.some(
            (target) =>
              target.value === threshold.value &&
              target.comparator === threshold.comparator &&
              target.deadline === threshold.deadline,
          ),
          `${indicator.id} ${threshold.comparator} ${threshold.value} by ${threshold.deadline}`,
        ).toBe(true);
      }
    }
  });

  it('puts each action target under its action and the main targets under none', () => {
    const byName = new Map(seed.targets.map((target) => [target.sentence, target.actionName]));
    expect(byName.get('地区生产总值增长6%')).toBeNull();
    expect(byName.get('力争一季度开工率超过90%')).toBe('项目建设提速');
    expect(byName.get('“十强”产业到位内资突破百亿元')).toBe('招商引资突破');
    expect(byName.get('实施6大类21项城建重点工程建设')).toBe('精致城乡建设');
  });

  it('quotes every target with words that stand at its position in the text', () => {
    for (const target of seed.targets) {
      expect(sourceArticleZh.slice(target.at, target.at + target.sentence.length)).toBe(target.sentence);
    }
  });

  it('gives the same draft every time', () => {
    expect(draftPlan(sourceArticleZh)).toEqual(seed);
  });

  it('reads two targets from 分别增长5.5%、6%以上, the last qualifier applying to both', () => {
    const { targets } = draftPlan('主要预期目标是:城镇、农村居民人均可支配收入分别增长5.5%、6%以上。', {
      year: 2025,
    });
    expect(targets.map((target) => [target.name.zh, target.comparator, target.value])).toEqual([
      ['城镇居民人均可支配收入', 'gte', 5.5],
      ['农村居民人均可支配收入', 'gte', 6],
    ]);
  });

  it('reads one target for each subject of 一般公共预算收入、固定资产投资保持正增长', () => {
    const { targets } = draftPlan('主要预期目标是:一般公共预算收入、固定资产投资保持正增长。', {
      year: 2025,
    });
    expect(targets.map((target) => [target.name.zh, target.comparator, target.value])).toEqual([
      ['一般公共预算收入', 'gt', 0],
      ['固定资产投资', 'gt', 0],
    ]);
  });

  it('reads full-width figures like half-width ones', () => {
    const [target] = draftPlan('主要预期目标是:社会消费品零售总额增长５.５％左右。', { year: 2024 }).targets;
    expect(target).toMatchObject({
      value: 5.5,
      unit: '%',
      comparator: 'approx',
      band: 0.5,
      sentence: '社会消费品零售总额增长５.５％左右',
    });
  });

  it('reads a ceiling on unemployment as lower is better', () => {
    const [target] = draftPlan('主要预期目标是:城镇调查失业率控制在5.5%以内。', { year: 2024 }).targets;
    expect(target).toMatchObject({ comparator: 'lte', value: 5.5, direction: 'lowerIsBetter', kind: 'rate' });
  });

  it('reads a 约束性 target as binding', () => {
    const [target] = draftPlan('主要预期目标是:全面完成省下达的节能减排约束性指标。', { year: 2024 }).targets;
    expect(target).toMatchObject({ binding: true, comparator: 'qualitative' });
  });

  it('skips a review of a past year', () => {
    expect(names('2023年,全区地区生产总值增长6.5%,经济发展整体呈现平稳向好。', 2024)).toEqual([]);
  });

  it('leaves the deadline open when the plan year is unknown', () => {
    const [target] = draftPlan('主要预期目标是:地区生产总值增长6%左右。').targets;
    expect(target?.deadline).toBeNull();
  });

  it('finds no target in prose that states none', () => {
    expect(names('梅延良强调,企业是发展的根本、立区的基石,全区上下要从内心深处尊重企业家。', 2024)).toEqual(
      [],
    );
  });
});

describe('the action a target sits under', () => {
  it('is the heading on a line of its own, for every paragraph below it up to the next heading', () => {
    const text =
      '(一)做强先进制造业\n力争新增规上工业企业10家。\n全年实施重点项目50个以上。\n(二)做优现代服务业\n限上批发零售企业新增20家。';
    const targets = draftPlan(text, { year: 2025 }).targets;
    expect(targets.map((target) => [target.name.zh, target.actionName])).toEqual([
      ['新增规上工业企业', '做强先进制造业'],
      ['实施重点项目', '做强先进制造业'],
      ['新增限上批发零售企业', '做优现代服务业'],
    ]);
  });

  it('covers only its own paragraph when it opens one', () => {
    const text = '实施项目建设提速攻坚行动。年内投产项目40个以上。\n全区上下要力争新增市场主体1000家。';
    const targets = draftPlan(text, { year: 2024 }).targets;
    expect(targets.map((target) => target.actionName)).toEqual(['项目建设提速', null]);
  });
});
