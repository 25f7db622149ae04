import { describe, expect, it } from 'vitest';
import {
  annualPlanProgress,
  annualPlanWords,
  milestoneWords,
  rankPlacesWords,
  ratePointsWords,
  timeProgressAtMonth,
} from './gapWords';

/** A category whose report prints only its completion rate: the rate over a plan of 100. */
function fromPrintedRate(completionPercent: number, month: number, decimals = 1) {
  return annualPlanProgress(completionPercent, timeProgressAtMonth(month), 100, decimals);
}

describe('完成年度计划X%，超/低于时间进度Y个百分点', () => {
  it('writes 30亿元 of an 80亿元 plan at the end of May as 37.5% done, 4.2 points behind time', () => {
    // The worked example officials gave: time progress is 5/12 = 41.7%.
    const progress = annualPlanProgress(30, 80 * (5 / 12), 80);
    expect(progress).toEqual({
      completionPercent: 37.5,
      timeProgressPercent: (5 / 12) * 100,
      gapPoints: -4.2,
    });
    expect(annualPlanWords(progress!, 'zh-CN')).toBe('完成年度计划37.5%，低于时间进度4.2个百分点');
    expect(annualPlanWords(progress!, 'en-US')).toBe('37.5% of the annual plan, 4.2 pp behind time');
  });

  it('agrees with Zhuhai’s key projects at the end of July 2016, amounts and printed rates alike', () => {
    // 珠海特区报, 2016-08-17, "1-7月珠海重点建设项目完成投资计划65.4%" (市发改局通报): 全市重点建设项目
    // 完成投资324.50亿元，完成年度投资计划(496.37亿元)的65.4%，超过时间进度7.1个百分点; 32个省重点项目
    // 完成投资89.55亿元，完成年度计划(173.55亿元)的51.6%，落后时间进度6.7个百分点.
    const all = annualPlanProgress(324.5, 496.37 * (7 / 12), 496.37)!;
    expect(annualPlanWords(all, 'zh-CN')).toBe('完成年度计划65.4%，超时间进度7.1个百分点');
    const provincial = annualPlanProgress(89.55, 173.55 * (7 / 12), 173.55)!;
    expect(annualPlanWords(provincial, 'zh-CN')).toBe('完成年度计划51.6%，低于时间进度6.7个百分点');
    // The same report, by category: 产业工程76.9% 高于18.6, 发展平台78.6% 高于20.3, 生态环保60.6% 高于2.3,
    // 基础设施49.0% 落后9.3, 民生保障49.9% 落后8.4, 投产项目87.7% 超过29.4.
    const categories: [number, number][] = [
      [76.9, 18.6],
      [78.6, 20.3],
      [60.6, 2.3],
      [49.0, -9.3],
      [49.9, -8.4],
      [87.7, 29.4],
    ];
    for (const [rate, gap] of categories) expect(fromPrintedRate(rate, 7)?.gapPoints).toBe(gap);
  });

  it('agrees with Xiamen’s provincial key projects at the end of May 2022, to two decimals', () => {
    // 厦门日报, 2022-06-20 (记者刘艳, 市发改委): 125个省重点在建项目完成年度计划投资的50.19%，超序时进度
    // 8.52个百分点; 产业项目45.68%，超4.01; 社会事业53.74%，超12.07; 基础设施53.08%，超11.41.
    const rows: [number, number][] = [
      [50.19, 8.52],
      [45.68, 4.01],
      [53.74, 12.07],
      [53.08, 11.41],
    ];
    for (const [rate, gap] of rows) expect(fromPrintedRate(rate, 5, 2)?.gapPoints).toBe(gap);
    expect(annualPlanWords(fromPrintedRate(50.19, 5, 2)!, 'zh-CN', 2)).toBe(
      '完成年度计划50.19%，超时间进度8.52个百分点',
    );
  });

  it('agrees with Ziyang and Sanming, whose rates are printed whole', () => {
    // 资阳市发展和改革委员会, "1—5月全市重点项目建设" (sfgw.ziyang.gov.cn/Article/8342589431241285632):
    // 16个省列重点项目…占省下达年度投资计划的44%，超时间进度2.3个百分点.
    expect(fromPrintedRate(44, 5)?.gapPoints).toBe(2.3);
    // 三明市三元区重点项目建设战役指挥部办公室, 2010-09-18, "我区1-8月重点项目固投超序时进度7.33个百分点":
    // 完成重点项目固定资产投资23.68亿元，占年计划74%，超序时进度7.33个百分点.
    expect(fromPrintedRate(74, 8, 2)?.gapPoints).toBe(7.33);
  });

  it('says level with time when the plan is done exactly on schedule', () => {
    const half = annualPlanProgress(40, 40, 80)!;
    expect(annualPlanWords(half, 'zh-CN')).toBe('完成年度计划50.0%，与时间进度持平');
    expect(annualPlanWords(half, 'en-US')).toBe('50.0% of the annual plan, level with time');
  });

  it('has nothing to say of a plan with no annual target above zero', () => {
    expect(annualPlanProgress(3, 1, 0)).toBeNull();
  });
});

describe('the gap of a rate, a rank and a milestone', () => {
  it('writes a rate’s gap in 百分点 against its target, never as a bare signed percent', () => {
    expect(ratePointsWords(0.5, 'target', 'zh-CN')).toBe('高于目标0.5个百分点');
    expect(ratePointsWords(-0.3, 'target', 'zh-CN')).toBe('低于目标0.3个百分点');
    expect(ratePointsWords(-3.33, 'schedule', 'zh-CN')).toBe('低于序时进度3.3个百分点');
    expect(ratePointsWords(0.04, 'target', 'zh-CN')).toBe('与目标持平');
    expect(ratePointsWords(-0.3, 'target', 'en-US')).toBe('0.3 pp below target');
  });

  it('writes a rank’s gap in places, and never as 0名', () => {
    expect(rankPlacesWords(-2, 'zh-CN')).toBe('比目标靠前2名');
    expect(rankPlacesWords(1, 'zh-CN')).toBe('比目标靠后1名');
    expect(rankPlacesWords(0, 'zh-CN')).toBe('达到目标位次');
    expect(rankPlacesWords(1, 'en-US')).toBe('1 place short of target');
  });

  it('writes a milestone as its word, never as 1 or 0', () => {
    expect(milestoneWords(true, 'zh-CN')).toBe('已完成');
    expect(milestoneWords(false, 'zh-CN')).toBe('尚未完成');
    expect(milestoneWords(true, 'en-US')).toBe('done');
  });
});
