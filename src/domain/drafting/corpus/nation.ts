/** The State Council's work reports: the main expected targets for 2025 and 2026. */
import { labelFor, lower, type CorpusReport } from './labels';

const n2025 = labelFor(2025);
const n2026 = labelFor(2026);

export const nation2025: CorpusReport = {
  id: 'nation-2025',
  place: '全国',
  level: 'nation',
  year: 2025,
  source: {
    title: '2025年政府工作报告:今年发展主要预期目标',
    publisher: '中国农业合作经济网(转载政府工作报告)',
    date: '2025-03-05',
    address: 'https://agricoop.net/news/show.php?itemid=25089',
  },
  text: '今年发展主要预期目标是:国内生产总值增长5%左右;城镇调查失业率5.5%左右,城镇新增就业1200万人以上;居民消费价格涨幅2%左右;居民收入增长和经济增长同步;国际收支保持基本平衡;粮食产量1.4万亿斤左右;单位国内生产总值能耗降低3%左右,生态环境质量持续改善。',
  targets: [
    n2025('国内生产总值增长5%左右', '国内生产总值', 'growthRate', 'approx', 5, '%'),
    n2025('城镇调查失业率5.5%左右', '城镇调查失业率', 'rate', 'approx', 5.5, '%', lower),
    n2025('城镇新增就业1200万人以上', '城镇新增就业', 'cumulativeCount', 'gte', 1200, '万人'),
    n2025('居民消费价格涨幅2%左右', '居民消费价格', 'growthRate', 'approx', 2, '%', lower),
    n2025('居民收入增长和经济增长同步', '居民收入', 'relative', 'approx', null, null),
    n2025('国际收支保持基本平衡', '国际收支', 'qualitative', 'qualitative', null, null),
    n2025('粮食产量1.4万亿斤左右', '粮食产量', 'cumulativeAmount', 'approx', 1.4, '万亿斤'),
    n2025('单位国内生产总值能耗降低3%左右', '单位国内生产总值能耗', 'growthRate', 'approx', -3, '%', lower),
    n2025('生态环境质量持续改善', '生态环境质量', 'qualitative', 'qualitative', null, null),
  ],
};

export const nation2026: CorpusReport = {
  id: 'nation-2026',
  place: '全国',
  level: 'nation',
  year: 2026,
  source: {
    title: '两会受权发布丨李强在政府工作报告中提出今年发展主要预期目标',
    publisher: '中新经纬(新华社电)',
    date: '2026-03-05',
    address: 'https://www.jwview.com/jingwei/html/03-05/661547.shtml',
  },
  text: '今年发展主要预期目标是:经济增长4.5%-5%,在实际工作中努力争取更好结果;城镇调查失业率5.5%左右,城镇新增就业1200万人以上;居民消费价格涨幅2%左右;居民收入增长和经济增长同步;国际收支基本平衡;粮食产量1.4万亿斤左右;单位国内生产总值二氧化碳排放降低3.8%左右。',
  targets: [
    n2026('经济增长4.5%-5%', '经济', 'growthRate', 'range', 4.5, '%', { valueMax: 5 }),
    n2026('城镇调查失业率5.5%左右', '城镇调查失业率', 'rate', 'approx', 5.5, '%', lower),
    n2026('城镇新增就业1200万人以上', '城镇新增就业', 'cumulativeCount', 'gte', 1200, '万人'),
    n2026('居民消费价格涨幅2%左右', '居民消费价格', 'growthRate', 'approx', 2, '%', lower),
    n2026('居民收入增长和经济增长同步', '居民收入', 'relative', 'approx', null, null),
    n2026('国际收支基本平衡', '国际收支', 'qualitative', 'qualitative', null, null),
    n2026('粮食产量1.4万亿斤左右', '粮食产量', 'cumulativeAmount', 'approx', 1.4, '万亿斤'),
    n2026('单位国内生产总值二氧化碳排放降低3.8%左右', '单位国内生产总值二氧化碳排放', 'growthRate', 'approx', -3.8, '%', lower),
  ],
};
