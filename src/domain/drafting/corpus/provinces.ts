/** Provinces: 四川 2024, 湖北 2025, 山东 2023 (the main expected targets of their work reports). */
import { labelFor, lower, type CorpusReport } from './labels';

const sc = labelFor(2024);
const hb = labelFor(2025);
const sd = labelFor(2023);

export const sichuan2024: CorpusReport = {
  id: 'sichuan-2024',
  place: '四川省',
  level: 'province',
  year: 2024,
  source: {
    title: '四川省政府工作报告丨2024年四川地区生产总值预期增长6%左右',
    publisher: '人民网-四川频道',
    date: '2024-01-22',
    address: 'http://sc.people.com.cn/n2/2024/0122/c345167-40722143.html',
  },
  text: '2024年,四川省经济社会发展主要预期目标是:地区生产总值增长6%左右;城镇新增就业85万人,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;地方一般公共预算收入、居民收入增长和经济增长基本同步;粮食产量保持在715亿斤以上;完成国家下达的节能减排和环境保护等任务。',
  targets: [
    sc('地区生产总值增长6%左右', '地区生产总值', 'growthRate', 'approx', 6, '%'),
    sc('城镇新增就业85万人', '城镇新增就业', 'cumulativeCount', 'gte', 85, '万人'),
    sc('城镇调查失业率5.5%左右', '城镇调查失业率', 'rate', 'approx', 5.5, '%', lower),
    sc('居民消费价格涨幅3%左右', '居民消费价格', 'growthRate', 'approx', 3, '%', lower),
    sc('地方一般公共预算收入、居民收入增长和经济增长基本同步', '地方一般公共预算收入', 'relative', 'approx', null, null),
    sc('地方一般公共预算收入、居民收入增长和经济增长基本同步', '居民收入', 'relative', 'approx', null, null),
    sc('粮食产量保持在715亿斤以上', '粮食产量', 'cumulativeAmount', 'gte', 715, '亿斤'),
    sc('完成国家下达的节能减排和环境保护等任务', '节能减排和环境保护', 'qualitative', 'qualitative', null, null, { binding: true }),
  ],
};

export const hubei2025: CorpusReport = {
  id: 'hubei-2025',
  place: '湖北省',
  level: 'province',
  year: 2025,
  source: {
    title: '政府工作报告摘要与导读',
    publisher: '长江日报',
    date: '2025-01-17',
    address: 'https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm',
  },
  text: [
    '■ 2025年经济社会发展的主要预期目标',
    '●经济增长6%左右',
    '●城镇调查失业率5.5%左右,城镇新增就业70万人以上',
    '●居民消费价格涨幅2%左右',
    '●居民收入增长与经济增长同步',
    '●粮食产量继续保持500亿斤以上',
    '●单位地区生产总值能耗完成“十四五”国家考核目标',
  ].join('\n'),
  targets: [
    hb('经济增长6%左右', '经济', 'growthRate', 'approx', 6, '%'),
    hb('城镇调查失业率5.5%左右', '城镇调查失业率', 'rate', 'approx', 5.5, '%', lower),
    hb('城镇新增就业70万人以上', '城镇新增就业', 'cumulativeCount', 'gte', 70, '万人'),
    hb('居民消费价格涨幅2%左右', '居民消费价格', 'growthRate', 'approx', 2, '%', lower),
    hb('居民收入增长与经济增长同步', '居民收入', 'relative', 'approx', null, null),
    hb('粮食产量继续保持500亿斤以上', '粮食产量', 'cumulativeAmount', 'gte', 500, '亿斤'),
    hb('单位地区生产总值能耗完成“十四五”国家考核目标', '单位地区生产总值能耗', 'qualitative', 'qualitative', null, null, { binding: true, direction: 'lowerIsBetter' }),
  ],
};

export const shandong2023: CorpusReport = {
  id: 'shandong-2023',
  place: '山东省',
  level: 'province',
  year: 2023,
  source: {
    title: '直通2023山东两会 报告速览:2023年山东这样干',
    publisher: '青岛晚报',
    date: '2023-01-14',
    // The last line is one bullet of the page, printed there across two lines.
    address: 'https://epaper.guanhai.com.cn/conpaper/qdwb/h5/html5/2023-01/14/content_18592_7216155.htm',
  },
  text: [
    '建议全年经济社会发展预期目标',
    '●地区生产总值增长5%以上',
    '●一般公共预算收入增长5%以上',
    '●居民人均可支配收入增长5%以上',
    '●城镇新增就业110万人以上',
    '●城镇调查失业率5.5%以内',
    '●居民消费价格涨幅3%左右',
    '●粮食产能稳定在1100亿斤以上',
    '●外贸外资促稳提质',
    '●全面完成国家下达的节能减排降碳约束性指标和环境质量改善目标',
  ].join('\n'),
  targets: [
    sd('地区生产总值增长5%以上', '地区生产总值', 'growthRate', 'gte', 5, '%'),
    sd('一般公共预算收入增长5%以上', '一般公共预算收入', 'growthRate', 'gte', 5, '%'),
    sd('居民人均可支配收入增长5%以上', '居民人均可支配收入', 'growthRate', 'gte', 5, '%'),
    sd('城镇新增就业110万人以上', '城镇新增就业', 'cumulativeCount', 'gte', 110, '万人'),
    sd('城镇调查失业率5.5%以内', '城镇调查失业率', 'rate', 'lte', 5.5, '%', lower),
    sd('居民消费价格涨幅3%左右', '居民消费价格', 'growthRate', 'approx', 3, '%', lower),
    sd('粮食产能稳定在1100亿斤以上', '粮食产能', 'cumulativeAmount', 'gte', 1100, '亿斤'),
    sd('外贸外资促稳提质', '外贸外资', 'qualitative', 'qualitative', null, null),
    sd('全面完成国家下达的节能减排降碳约束性指标和环境质量改善目标', '节能减排降碳约束性指标和环境质量改善', 'qualitative', 'qualitative', null, null, { binding: true }),
  ],
};
