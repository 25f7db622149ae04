/**
 * 威海火炬高技术产业开发区 (a zone), 2024: the seed plan's source, the report of the zone's 2023
 * summary and commendation meeting. The whole text is read, so that prose without targets counts
 * against precision.
 */
import { sourceArticleZh, sourceDocument } from '../../../../server/seed/sourceArticle';
import { labelFor, lower, type CorpusReport } from './labels';

const main = labelFor(2024);
const attraction = labelFor(2024, '招商引资突破');
const projects = labelFor(2024, '项目建设提速');
const urban = labelFor(2024, '精致城乡建设');
const qualitative = '实际使用外资、外贸进出口均实现量稳质升';

export const torchZoneMeeting2024: CorpusReport = {
  id: 'weihai-torch-zone-2024',
  place: '威海火炬高技术产业开发区',
  level: 'zone',
  year: 2024,
  source: {
    title: sourceDocument.title,
    publisher: `威海火炬高技术产业开发区${sourceDocument.publisher}`,
    date: sourceDocument.publishedOn,
    address: '威海传媒网 › 专题 › 威海火炬高技术产业开发区',
  },
  text: sourceArticleZh,
  targets: [
    main('地区生产总值增长6%', '地区生产总值', 'growthRate', 'gte', 6, '%'),
    main('规模以上工业增加值增长8%', '规模以上工业增加值', 'growthRate', 'gte', 8, '%'),
    main('固定资产投资增长8%', '固定资产投资', 'growthRate', 'gte', 8, '%'),
    main('一般公共预算收入增长7%', '一般公共预算收入', 'growthRate', 'gte', 7, '%'),
    main('社会消费品零售总额增长5.5%', '社会消费品零售总额', 'growthRate', 'gte', 5.5, '%'),
    main(qualitative, '实际使用外资', 'qualitative', 'qualitative', null, null),
    main(qualitative, '外贸进出口', 'qualitative', 'qualitative', null, null),
    attraction('成立招商“专家咨询委员会”', '成立招商“专家咨询委员会”', 'milestone', 'gte', 1, null),
    attraction('力争全年新落地过10亿元项目10个以上', '新落地过10亿元项目', 'cumulativeCount', 'gte', 10, '个'),
    attraction('“十强”产业到位内资突破百亿元', '“十强”产业到位内资', 'cumulativeAmount', 'gt', 100, '亿元'),
    attraction('实际利用外资继续保持全市领先', '实际利用外资', 'rank', 'lte', 1, '名', lower),
    projects('建立项目专项督查机制', '建立项目专项督查机制', 'milestone', 'gte', 1, null),
    projects('99个省市区三级重点项目年度计划投资80亿元', '99个省市区三级重点项目年度计划投资', 'cumulativeAmount', 'gte', 80, '亿元'),
    projects('力争一季度开工率超过90%', '开工率', 'deadlineRate', 'gt', 90, '%', { deadline: '2024-03-31' }),
    projects('上半年确保开工率达到100%', '开工率', 'deadlineRate', 'gte', 100, '%', { deadline: '2024-06-30' }),
    projects('年内投产项目40个以上', '投产项目', 'cumulativeCount', 'gte', 40, '个'),
    urban('实施6大类21项城建重点工程建设', '城建重点工程建设', 'cumulativeCount', 'gte', 21, '项'),
  ],
};
