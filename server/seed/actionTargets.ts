/**
 * The numbered targets inside the campaign actions: investment attraction (招商引资),
 * project construction (项目建设) and urban construction (城建重点工程).
 */
import type { Bilingual } from '../../src/domain/model';
import type { IndicatorDraft } from './indicatorDraft';
import { planYearEnd } from './plan';

/** Drafts within one action; the action and main-target flag are set when they are listed. */
type ActionTargetDraft = Omit<IndicatorDraft, 'actionId' | 'isMainTarget'>;

const projectRegistry: Bilingual = { zh: '项目台账', en: 'Project registry' };
const investmentPromotion: Bilingual = { zh: '区投资促进部门', en: 'Investment promotion department' };

const investmentAttraction: ActionTargetDraft[] = [
  {
    id: 'billion-yuan-projects',
    order: 1,
    name: { zh: '新落地过10亿元项目', en: 'Newly landed projects of over 1 billion yuan' },
    kind: 'cumulativeCount',
    unit: 'count',
    frequency: 'monthly',
    thresholds: [{ value: 10, comparator: 'gte', deadline: planYearEnd }],
    targetText: { zh: '10个以上', en: '10 or more' },
    dataSource: projectRegistry,
    definition: {
      zh: '年内新落地、计划总投资超过10亿元的项目个数',
      en: 'Projects landed this year with planned total investment over 1 billion yuan (10亿元)',
    },
    sourceQuote: '力争全年新落地过10亿元项目10个以上',
    derivation: 'newBillionProjects',
  },
  {
    id: 'top-ten-industries-domestic-capital',
    order: 2,
    name: { zh: '“十强”产业到位内资', en: 'Domestic capital in place for the "top ten" industries' },
    kind: 'cumulativeAmount',
    unit: 'yiYuan',
    frequency: 'monthly',
    thresholds: [{ value: 100, comparator: 'gt', deadline: planYearEnd }],
    targetText: { zh: '突破百亿元', en: 'Over 10 billion yuan' },
    dataSource: investmentPromotion,
    definition: {
      zh: '投向山东省“十强”产业项目的区外境内资金实际到位额,年内累计',
      en: "Domestic capital from outside the zone actually paid in to projects of Shandong's top-ten industries, cumulative for the year",
    },
    sourceQuote: '“十强”产业到位内资突破百亿元',
  },
  {
    id: 'foreign-capital-city-rank',
    order: 3,
    name: { zh: '实际利用外资全市位次', en: 'Foreign capital actually used: rank in the city' },
    kind: 'rank',
    unit: 'rank',
    direction: 'lowerIsBetter',
    frequency: 'quarterly',
    thresholds: [{ value: 1, comparator: 'lte', deadline: planYearEnd }],
    targetText: { zh: '继续保持全市领先', en: 'Stay first in the city' },
    dataSource: { zh: '市商务部门通报', en: "City commerce department's ranking" },
    definition: {
      zh: '实际利用外资在威海市各区市中的位次,1为第一',
      en: "Position among Weihai's districts and county-level cities by foreign capital actually used; 1 is first",
    },
    sourceQuote: '实际利用外资继续保持全市领先',
  },
  {
    id: 'investment-expert-committee',
    order: 4,
    name: { zh: '成立招商“专家咨询委员会”', en: 'Investment expert advisory committee set up' },
    kind: 'milestone',
    unit: 'none',
    frequency: 'once',
    thresholds: [{ value: 1, comparator: 'gte', deadline: planYearEnd }],
    targetText: { zh: '成立', en: 'Set up' },
    dataSource: investmentPromotion,
    definition: null,
    sourceQuote: '成立招商“专家咨询委员会”',
  },
];

const keyProjectsDefinition = '99个省市区三级重点项目';

const projectConstruction: ActionTargetDraft[] = [
  {
    id: 'key-project-investment',
    order: 1,
    name: { zh: '重点项目完成投资', en: 'Investment completed in key projects' },
    kind: 'cumulativeAmount',
    unit: 'yiYuan',
    frequency: 'monthly',
    thresholds: [{ value: 80, comparator: 'gte', deadline: planYearEnd }],
    targetText: { zh: '年度计划投资80亿元', en: '8 billion yuan planned for the year' },
    dataSource: projectRegistry,
    definition: {
      zh: `${keyProjectsDefinition}年内完成投资,累计`,
      en: 'Investment completed this year in the 99 key projects (province, city and district level), cumulative',
    },
    sourceQuote: '99个省市区三级重点项目年度计划投资80亿元',
    derivation: 'keyProjectInvestment',
  },
  {
    id: 'key-project-start-rate',
    order: 2,
    name: { zh: '重点项目开工率', en: 'Start rate of key projects' },
    kind: 'deadlineRate',
    unit: 'percent',
    frequency: 'monthly',
    thresholds: [
      { value: 90, comparator: 'gt', deadline: '2024-03-31' },
      { value: 100, comparator: 'gte', deadline: '2024-06-30' },
    ],
    targetText: {
      zh: '超过90%(一季度),达到100%(上半年)',
      en: 'Over 90% (Q1), 100% (first half)',
    },
    dataSource: projectRegistry,
    definition: {
      zh: `已开工项目数占${keyProjectsDefinition}的比例`,
      en: 'Share of the 99 key projects that have started',
    },
    sourceQuote: '力争一季度开工率超过90%、上半年确保开工率达到100%',
    derivation: 'keyProjectStartRate',
  },
  {
    id: 'key-projects-in-production',
    order: 3,
    name: { zh: '年内投产项目', en: 'Projects into production this year' },
    kind: 'cumulativeCount',
    unit: 'count',
    frequency: 'monthly',
    thresholds: [{ value: 40, comparator: 'gte', deadline: planYearEnd }],
    targetText: { zh: '40个以上', en: '40 or more' },
    dataSource: projectRegistry,
    definition: {
      zh: `${keyProjectsDefinition}中年内建成投产的项目个数`,
      en: 'Key projects that went into production this year',
    },
    sourceQuote: '年内投产项目40个以上',
    derivation: 'keyProjectsInProduction',
  },
  {
    id: 'project-inspection-mechanism',
    order: 4,
    name: { zh: '建立项目专项督查机制', en: 'Dedicated project-inspection mechanism set up' },
    kind: 'milestone',
    unit: 'none',
    frequency: 'once',
    thresholds: [{ value: 1, comparator: 'gte', deadline: planYearEnd }],
    targetText: { zh: '建立', en: 'Set up' },
    dataSource: { zh: '区督查部门', en: 'Inspection office' },
    definition: null,
    sourceQuote: '建立项目专项督查机制',
  },
];

const urbanRuralConstruction: ActionTargetDraft[] = [
  {
    id: 'urban-projects-completed',
    order: 1,
    name: { zh: '城建重点工程完成', en: 'Key urban construction projects completed' },
    kind: 'cumulativeCount',
    unit: 'count',
    frequency: 'monthly',
    thresholds: [{ value: 21, comparator: 'gte', deadline: planYearEnd }],
    targetText: { zh: '6大类21项', en: '21 projects in 6 categories' },
    dataSource: projectRegistry,
    definition: {
      zh: '6大类21项城建重点工程中已完工的项目个数',
      en: 'Of the 21 key urban construction projects in 6 categories, those completed',
    },
    sourceQuote: '实施6大类21项城建重点工程建设',
    derivation: 'urbanProjectsCompleted',
  },
];

const byAction: Record<string, ActionTargetDraft[]> = {
  'investment-attraction': investmentAttraction,
  'project-construction': projectConstruction,
  'urban-rural-construction': urbanRuralConstruction,
};

export const actionTargets: IndicatorDraft[] = Object.entries(byAction).flatMap(([actionId, drafts]) =>
  drafts.map((draft) => ({ ...draft, actionId, isMainTarget: false })),
);
