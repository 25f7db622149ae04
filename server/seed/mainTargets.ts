/**
 * The seven main expected targets for 2024 (主要预期目标): five growth rates and two
 * qualitative targets (量稳质升), all from one sentence of the article.
 */
import type { Bilingual, Frequency } from '../../src/domain/model';
import type { IndicatorDraft } from './indicatorDraft';
import { planYearEnd } from './plan';

const statisticsDepartment: Bilingual = { zh: '区统计局', en: 'Statistics department' };

interface GrowthTarget {
  order: number;
  id: string;
  name: Bilingual;
  percent: number;
  frequency: Frequency;
  dataSource?: Bilingual;
  definition: Bilingual;
  sourceQuote: string;
}

function growthTarget(target: GrowthTarget): IndicatorDraft {
  const { percent, dataSource = statisticsDepartment, ...rest } = target;
  return {
    ...rest,
    actionId: null,
    isMainTarget: true,
    kind: 'growthRate',
    unit: 'percent',
    thresholds: [{ value: percent, comparator: 'gte', deadline: planYearEnd }],
    targetText: { zh: `增长${percent}%`, en: `+${percent}%` },
    dataSource,
  };
}

function stableVolumeRisingQuality(
  order: number,
  id: string,
  name: Bilingual,
  dataSource: Bilingual,
  definition: Bilingual,
): IndicatorDraft {
  return {
    id,
    order,
    name,
    actionId: null,
    isMainTarget: true,
    kind: 'qualitative',
    unit: 'none',
    frequency: 'quarterly',
    thresholds: [],
    targetText: { zh: '量稳质升', en: 'Stable volume, rising quality' },
    dataSource,
    definition,
    sourceQuote: '实际使用外资、外贸进出口均实现量稳质升',
  };
}

export const mainTargets: IndicatorDraft[] = [
  growthTarget({
    order: 1,
    id: 'gdp-growth',
    name: { zh: '地区生产总值', en: 'Gross domestic product (GDP)' },
    percent: 6,
    frequency: 'quarterly',
    definition: {
      zh: '按可比价格计算的累计同比增速,统计部门按季度核算',
      en: 'Cumulative year-on-year growth at comparable prices, accounted quarterly by the statistics department',
    },
    sourceQuote: '地区生产总值增长6%',
  }),
  growthTarget({
    order: 2,
    id: 'industrial-value-added-growth',
    name: { zh: '规模以上工业增加值', en: 'Value added of industry above designated size' },
    percent: 8,
    frequency: 'monthly',
    definition: {
      zh: '规模以上工业指年主营业务收入2000万元及以上的工业法人单位;按可比价格计算的累计同比增速',
      en: 'Industrial enterprises with annual main-business revenue of 20 million yuan or more; cumulative year-on-year growth at comparable prices',
    },
    sourceQuote: '规模以上工业增加值增长8%',
  }),
  growthTarget({
    order: 3,
    id: 'fixed-asset-investment-growth',
    name: { zh: '固定资产投资', en: 'Fixed-asset investment' },
    percent: 8,
    frequency: 'monthly',
    definition: {
      zh: '计划总投资500万元及以上项目投资与房地产开发投资之和;累计同比增速',
      en: 'Investment in projects with planned total investment of 5 million yuan or more, plus real-estate development; cumulative year-on-year growth',
    },
    sourceQuote: '固定资产投资增长8%',
  }),
  growthTarget({
    order: 4,
    id: 'public-budget-revenue-growth',
    name: { zh: '一般公共预算收入', en: 'General public budget revenue' },
    percent: 7,
    frequency: 'monthly',
    dataSource: { zh: '区财政局', en: 'Finance department' },
    definition: {
      zh: '税收收入与非税收入之和;累计同比增速',
      en: 'Tax and non-tax revenue; cumulative year-on-year growth',
    },
    sourceQuote: '一般公共预算收入增长7%',
  }),
  growthTarget({
    order: 5,
    id: 'retail-sales-growth',
    name: { zh: '社会消费品零售总额', en: 'Total retail sales of consumer goods' },
    percent: 5.5,
    frequency: 'monthly',
    definition: {
      zh: '售给个人和社会集团非生产、非经营用的实物商品金额及餐饮收入;累计同比增速',
      en: 'Goods sold to households and institutions for final use, plus catering revenue; cumulative year-on-year growth',
    },
    sourceQuote: '社会消费品零售总额增长5.5%',
  }),
  stableVolumeRisingQuality(
    6,
    'foreign-capital-used',
    { zh: '实际使用外资', en: 'Foreign capital actually used' },
    { zh: '区商务部门', en: 'Commerce department' },
    {
      zh: '外商投资企业实际到位的外资金额,按商务部口径统计',
      en: 'Foreign capital actually paid in to foreign-invested enterprises, as counted by the Ministry of Commerce',
    },
  ),
  stableVolumeRisingQuality(
    7,
    'foreign-trade',
    { zh: '外贸进出口', en: 'Foreign trade (imports and exports)' },
    { zh: '海关统计', en: 'Customs statistics' },
    {
      zh: '货物进出口总额,按海关统计口径',
      en: 'Total value of goods imported and exported, as counted by customs',
    },
  ),
];
