/** Cities: 咸阳市 2023 (its annual plan) and 荥阳市 2025 (a county-level city's work report). */
import { labelFor, lower, type CorpusReport } from './labels';

const xy = labelFor(2023);
const xyIncome = '城乡居民人均可支配收入分别增长7%、8%左右';
const ry = labelFor(2025);

export const xianyang2023: CorpusReport = {
  id: 'xianyang-2023',
  place: '咸阳市',
  level: 'city',
  year: 2023,
  source: {
    title: '咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知(咸政发〔2023〕8号)',
    publisher: '咸阳市人民政府',
    date: '2023-02-21',
    address: 'http://m.86917.com/baoji/4214.html',
  },
  text: '主要预期目标是:生产总值增长6%左右,规模以上工业增加值增长7%左右,全社会固定资产投资增长8%左右,社会消费品零售总额增长9%左右,一般公共预算收入增长4%左右,城乡居民人均可支配收入分别增长7%、8%左右;居民消费价格涨幅3%左右;粮食产量保持在180万吨以上。',
  targets: [
    xy('生产总值增长6%左右', '生产总值', 'growthRate', 'approx', 6, '%'),
    xy('规模以上工业增加值增长7%左右', '规模以上工业增加值', 'growthRate', 'approx', 7, '%'),
    xy('全社会固定资产投资增长8%左右', '全社会固定资产投资', 'growthRate', 'approx', 8, '%'),
    xy('社会消费品零售总额增长9%左右', '社会消费品零售总额', 'growthRate', 'approx', 9, '%'),
    xy('一般公共预算收入增长4%左右', '一般公共预算收入', 'growthRate', 'approx', 4, '%'),
    xy(xyIncome, '城镇居民人均可支配收入', 'growthRate', 'approx', 7, '%'),
    xy(xyIncome, '农村居民人均可支配收入', 'growthRate', 'approx', 8, '%'),
    xy('居民消费价格涨幅3%左右', '居民消费价格', 'growthRate', 'approx', 3, '%', lower),
    xy('粮食产量保持在180万吨以上', '粮食产量', 'cumulativeAmount', 'gte', 180, '万吨'),
  ],
};

export const xingyang2025: CorpusReport = {
  id: 'xingyang-2025',
  place: '荥阳市',
  level: 'city',
  year: 2025,
  source: {
    title: '2025年荥阳市政府工作报告:二、2025年工作总体要求和主要目标',
    publisher: '荥阳市人民政府(转载)',
    date: '2025',
    address: 'http://www.bx2200.com/baogao/huazhong/12483_2.html',
  },
  text: '主要预期目标是:地区生产总值增长6%左右;规上工业增加值增长10%以上;固定资产投资增长8%;社会消费品零售总额增长6%以上;一般公共预算收入增长2%左右;居民收入增长与经济增长同步。',
  targets: [
    ry('地区生产总值增长6%左右', '地区生产总值', 'growthRate', 'approx', 6, '%'),
    ry('规上工业增加值增长10%以上', '规上工业增加值', 'growthRate', 'gte', 10, '%'),
    ry('固定资产投资增长8%', '固定资产投资', 'growthRate', 'gte', 8, '%'),
    ry('社会消费品零售总额增长6%以上', '社会消费品零售总额', 'growthRate', 'gte', 6, '%'),
    ry('一般公共预算收入增长2%左右', '一般公共预算收入', 'growthRate', 'approx', 2, '%'),
    ry('居民收入增长与经济增长同步', '居民收入', 'relative', 'approx', null, null),
  ],
};
