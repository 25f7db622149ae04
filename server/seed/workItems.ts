/**
 * Directions of work that carry no number (方向性工作), one work item each, in the article's
 * order. Each starts not started, with no owner, and quotes the clause it comes from.
 */
import type { WorkItem } from '../../src/domain/model';
import { planId } from './plan';

type WorkDirection = [id: string, zh: string, en: string, sourceQuote: string];

const directionsByAction: Record<string, WorkDirection[]> = {
  'industrial-upgrading': [
    [
      'electronic-information-tracks',
      '电子信息产业:汽车电子、卫星空间技术、半导体、打印机四条赛道',
      'Electronic information: automotive electronics, satellite and space technology, semiconductors, printers',
      '电子信息产业积极拓展汽车电子、卫星空间技术、半导体、打印机板块四条赛道,加快由加工制造向创新智造升级',
    ],
    [
      'medical-devices',
      '医疗器械产业:医用成像、介入植入器械、大健康',
      'Medical devices: imaging, interventional and implantable devices, health industry',
      '医疗器械产业聚焦医用成像器械、介入植入器械、大健康多领域发力,加快向协同创新生态升级',
    ],
    [
      'new-materials',
      '新材料产业:碳纤维、医用新材料、纺织新材料、金属新材料',
      'New materials: carbon fibre, medical, textile and metal materials',
      '新材料产业全力推动碳纤维、医用新材料、纺织新材料、金属新材料等板块,加快向价值链更高端延伸',
    ],
  ],
  'investment-attraction': [
    [
      'anchor-projects',
      '引进基地型、总部型、延链补链型项目',
      'Attract base, headquarters and chain-extending projects',
      '着力引进一批对产业链提升有重要影响力的基地型、总部型、延链补链型项目',
    ],
    [
      'investment-team',
      '配强招商队伍,开展专业招商',
      'Strengthen the investment-promotion team; specialised promotion',
      '配强招商队伍,开展专业招商',
    ],
    [
      'investment-mechanisms',
      '创新招商机制:以企招商、以投促招、社会化招商',
      'New promotion mechanisms: through enterprises, through investment, through third parties',
      '创新招商机制,强化以企招商,探索以投促招,实施社会化招商',
    ],
  ],
  'enterprise-cultivation': [
    [
      'resident-liaison-officers',
      '用好“驻厂员”分包联系机制',
      'Resident liaison officers in enterprises',
      '用好“驻厂员”等分包联系机制,向企业问需问计',
    ],
    [
      'enterprise-policies',
      '集成涉企政策,完善多层次激励政策体系',
      'Integrated enterprise policies and a tiered incentive system',
      '把各类涉企政策进行集成,完善多层次涉企激励政策体系',
    ],
    ['chain-leader-enterprises', '链主企业引领', 'Chain-leader enterprises lead', '强化链主企业引领'],
    ['strong-enterprise-group', '强企方阵扩容', 'A larger group of strong enterprises', '加快强企方阵扩容'],
    ['tech-enterprises', '科技企业培优', 'Stronger science-and-technology enterprises', '推动科技企业培优'],
    ['listed-companies', '上市企业提量', 'More listed companies', '促进上市企业提量'],
    ['foreign-trade-enterprises', '外贸企业拓展', 'Foreign-trade enterprises expand', '鼓励外贸企业拓展'],
  ],
  'project-construction': [
    [
      'top-leaders-own-project-factors',
      '“一把手”负责项目要素保障',
      'Heads of units answer for project resources',
      '“一把手”担任项目要素保障的负责人,把项目推进由从下往上变为从上往下',
    ],
  ],
  'tech-innovation': [
    ['innovation-platforms', '创新平台集聚', 'Gather innovation platforms', '创新平台集聚'],
    ['innovation-talent', '创新人才支撑', 'Innovation talent', '创新人才支撑'],
    ['sci-tech-finance', '科技金融协同', 'Science-and-technology finance', '科技金融协同'],
    ['results-transfer', '创新成果转化', 'Transfer of innovation results', '创新成果转化'],
    [
      'innovation-demonstration-zone',
      '创新驱动发展示范区建设打造样板',
      'A model innovation-driven demonstration zone',
      '在创新驱动发展示范区建设上打造样板',
    ],
  ],
  'culture-tourism': [
    ['boutique-tourism-routes', '打造精品旅游线路', 'Boutique tourism routes', '打造精品旅游线路'],
    [
      'west-coast-corridor',
      '打造“西海岸旅游观光品牌廊道”',
      'West-coast tourism brand corridor',
      '打通全域沿线山海林湾资源,打造“西海岸旅游观光品牌廊道”',
    ],
    [
      'tourism-complaint-response',
      '健全涉旅投诉快速反应机制',
      'Rapid response to tourism complaints',
      '健全涉旅投诉快速反应机制',
    ],
    [
      'key-node-quality',
      '提升重要节点品质,全域全季全龄文旅',
      'Better key sites; culture and tourism all year, for all ages',
      '提升重要节点品质,构建全域、全季、全龄文旅产业发展新格局',
    ],
  ],
  'urban-rural-construction': [
    [
      'urban-rural-integration',
      '推动全域城乡一体精致',
      'Refined, integrated town and country',
      '推动全域城乡一体精致',
    ],
  ],
  wellbeing: [
    ['employment', '扩大各类群体就业', 'More employment for every group', '扩大各类群体就业'],
    [
      'education-health',
      '提升教育医疗卫生服务水平',
      'Better education and health services',
      '全方位提升教育医疗卫生服务水平',
    ],
    ['culture-supply', '丰富文化供给', 'Richer cultural offer', '丰富文化供给'],
  ],
  'grassroots-governance': [
    ['hotline-handling', '优化热线办理机制', 'Better hotline handling', '优化热线办理机制'],
    [
      'community-services',
      '提升村居、社区、合作社服务水平',
      'Better village, community and cooperative services',
      '提升村居、社区、合作社服务水平',
    ],
    [
      'grid-workers-building-heads',
      '强化网格员、楼长队伍',
      'Grid workers and building heads',
      '强化网格员、楼长队伍,做优网格服务管理',
    ],
  ],
  'safety-stability': [
    ['social-stability', '抓好社会稳定', 'Social stability', '抓好社会稳定'],
    ['work-safety', '抓好安全生产', 'Work safety', '抓好安全生产'],
    [
      'ecological-protection',
      '抓好生态环境保护',
      'Ecological and environmental protection',
      '抓好生态环境保护',
    ],
    ['financial-risk', '防范化解金融风险', 'Prevent and defuse financial risks', '防范化解金融风险'],
    ['bottom-lines', '守牢“一排底线”', 'Hold every bottom line', '守牢“一排底线”'],
  ],
};

export const seedWorkItems: WorkItem[] = Object.entries(directionsByAction).flatMap(
  ([actionId, directions]) =>
    directions.map(([id, zh, en, sourceQuote], index) => ({
      id,
      planId,
      actionId,
      order: index + 1,
      title: { zh, en },
      retired: false,
      status: 'notStarted' as const,
      owner: null,
      sourceQuote,
      notes: [],
      version: 1,
    })),
);
