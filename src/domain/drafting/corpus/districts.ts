/** Districts: 常州市钟楼区 2025 (main targets) and 平凉市崆峒区 2024 (dated targets of its first meeting). */
import { labelFor, type CorpusReport } from './labels';

const zl = labelFor(2025);
const zlPollution = '主要污染物减排、单位GDP能耗下降,大气、水环境质量改善完成市下达任务';
const kt = labelFor(2024);

export const zhonglou2025: CorpusReport = {
  id: 'zhonglou-2025',
  place: '常州市钟楼区',
  level: 'district',
  year: 2025,
  source: {
    title: '2025年钟楼区政府工作报告:2025年工作安排',
    publisher: '常州市钟楼区人民政府(转载)',
    date: '2025',
    address: 'http://bx2200.com/baogao/huadong/12076_2.html',
  },
  text: '今年全区经济社会发展的主要预期目标为:地区生产总值增长5%左右;一般公共预算收入保持稳定增长;制造业投资增长8%左右;实际使用外资和进出口总额稳中提质;居民人均可支配收入与经济增长同步;社会消费品零售总额增长5%左右;主要污染物减排、单位GDP能耗下降,大气、水环境质量改善完成市下达任务;安全生产形势平稳向好。实际工作中,我们将努力争取更好结果。',
  targets: [
    zl('地区生产总值增长5%左右', '地区生产总值', 'growthRate', 'approx', 5, '%'),
    zl('一般公共预算收入保持稳定增长', '一般公共预算收入', 'qualitative', 'qualitative', null, null),
    zl('制造业投资增长8%左右', '制造业投资', 'growthRate', 'approx', 8, '%'),
    zl('实际使用外资和进出口总额稳中提质', '实际使用外资', 'qualitative', 'qualitative', null, null),
    zl('实际使用外资和进出口总额稳中提质', '进出口总额', 'qualitative', 'qualitative', null, null),
    zl('居民人均可支配收入与经济增长同步', '居民人均可支配收入', 'relative', 'approx', null, null),
    zl('社会消费品零售总额增长5%左右', '社会消费品零售总额', 'growthRate', 'approx', 5, '%'),
    zl(zlPollution, '主要污染物减排', 'qualitative', 'qualitative', null, null, { binding: true }),
    zl(zlPollution, '单位GDP能耗下降', 'qualitative', 'qualitative', null, null, { binding: true, direction: 'lowerIsBetter' }),
    zl(zlPollution, '大气环境质量改善', 'qualitative', 'qualitative', null, null, { binding: true }),
    zl(zlPollution, '水环境质量改善', 'qualitative', 'qualitative', null, null, { binding: true }),
    zl('安全生产形势平稳向好', '安全生产形势', 'qualitative', 'qualitative', null, null),
  ],
};

export const kongtong2024: CorpusReport = {
  id: 'kongtong-2024',
  place: '平凉市崆峒区',
  level: 'district',
  year: 2024,
  source: {
    title: '崆峒区召开2024年“新春第一会”',
    publisher: '新甘肃·甘肃经济日报',
    date: '2024-02-26',
    address: 'https://szb.gansudaily.com.cn/gsjjrb/pc/con/202402/26/c142824.html',
  },
  text: '确保一季度49个续建项目全部复工、184个新开工项目开工率达到60%以上,一季度完成投资9.2亿元以上;争取储备一批投资体量大、带动能力强、结构调整优的大项目、好项目,全区争取中央预算内投资、政府专项债券和财力性转移支付要较上年增长10%以上;加快谋划引进一批核心竞争力强的“三高”企业和产业关联度高的重大项目,确保年内实施招商引资项目60项以上,资金到位率达到50%以上',
  targets: [
    kt('确保一季度49个续建项目全部复工', '续建项目全部复工', 'cumulativeCount', 'gte', 49, '个', { deadline: '2024-03-31' }),
    kt('184个新开工项目开工率达到60%以上', '184个新开工项目开工率', 'deadlineRate', 'gte', 60, '%', { deadline: '2024-03-31' }),
    kt('一季度完成投资9.2亿元以上', '完成投资', 'cumulativeAmount', 'gte', 9.2, '亿元', { deadline: '2024-03-31' }),
    kt('全区争取中央预算内投资、政府专项债券和财力性转移支付要较上年增长10%以上', '争取中央预算内投资、政府专项债券和财力性转移支付', 'growthRate', 'gte', 10, '%'),
    kt('确保年内实施招商引资项目60项以上', '实施招商引资项目', 'cumulativeCount', 'gte', 60, '项'),
    kt('资金到位率达到50%以上', '资金到位率', 'rate', 'gte', 50, '%'),
  ],
};
