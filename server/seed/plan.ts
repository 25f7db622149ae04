/**
 * The zone's 2024 plan in its "1310" frame (1310工作体系): one goal positioning, three central
 * tasks and ten campaign actions, in the order the source article gives them.
 */
import type { CampaignAction, Plan } from '../../src/domain/model';
import { sourceArticleZh, sourceDocument } from './sourceArticle';

export const planId = 'weihai-hitech-2024';

/** The deadline of every year-end target. */
export const planYearEnd = '2024-12-31';

/** Actions serve central tasks, but the article does not say which: an administrator sets it. */
function action(order: number, id: string, zh: string, en: string): CampaignAction {
  return { id, order, name: { zh, en }, centralTaskIds: [], sourceQuote: `实施${zh}攻坚行动。`, retired: false };
}

export const seedPlan: Plan = {
  id: planId,
  zone: { zh: '威海火炬高技术产业开发区', en: 'Weihai Torch Hi-Tech Industrial Development Zone' },
  year: 2024,
  title: {
    zh: '威海高区2024年经济社会发展目标',
    en: 'Weihai Hi-Tech Zone: economic and social development targets for 2024',
  },
  sourceDocument,
  organisationLevel: 'zone',
  nature: 'expected',
  copiedFromPlanId: null,
  archived: false,
  version: 1,
  frameName: { zh: '“1310”工作体系', en: 'The "1310" work system' },
  sourceText: sourceArticleZh,
  goal: {
    text: {
      zh: '建设产业创新高地、生态宜居新城,当好高质量发展的示范引领区',
      en: 'Build an industrial-innovation highland and an ecological, liveable new city; be a model zone of high-quality development',
    },
    sourceQuote: '一个目标定位是建设产业创新高地、生态宜居新城,当好高质量发展的示范引领区',
  },
  centralTasks: [
    { id: 'industry-upgrade', order: 1, name: { zh: '产业提级', en: 'Lift industry' }, retired: false },
    { id: 'city-quality', order: 2, name: { zh: '城市提质', en: 'Improve the city' }, retired: false },
    { id: 'livelihood', order: 3, name: { zh: '民生提档', en: 'Raise living standards' }, retired: false },
  ],
  actions: [
    action(1, 'industrial-upgrading', '产业转型升级', 'Industrial transformation and upgrading'),
    action(2, 'investment-attraction', '招商引资突破', 'Investment-attraction breakthrough'),
    action(3, 'enterprise-cultivation', '企业梯次培育', 'Tiered cultivation of enterprises'),
    action(4, 'project-construction', '项目建设提速', 'Faster project construction'),
    action(5, 'tech-innovation', '科技创新赋能', 'Empowerment by science and technology'),
    action(6, 'culture-tourism', '文旅深度融合', 'Deep integration of culture and tourism'),
    action(7, 'urban-rural-construction', '精致城乡建设', 'Refined urban and rural construction'),
    action(8, 'wellbeing', '增进民生福祉', "Improving people's wellbeing"),
    action(9, 'grassroots-governance', '强化基层治理', 'Stronger grassroots governance'),
    action(10, 'safety-stability', '安全稳定护航', 'Safety and stability as escort'),
  ],
};
