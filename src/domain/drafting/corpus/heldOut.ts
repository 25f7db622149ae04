/**
 * Reports labelled before the reader was run on them, and not used to tune it: 株洲经开区 2025,
 * 龙游县 2025 and 柘荣县 2025. Their figures show how the reader does on text it has not seen.
 */
import { labelFor, lower, type CorpusReport } from './labels';

const zz = labelFor(2025);
const zzTaxes = '实现亩均税收、人均税收和亩均技工贸总收入增长20%以上';
const ly = labelFor(2025);
const zr = labelFor(2025);

export const zhuzhouDevelopmentZone2025: CorpusReport = {
  id: 'zhuzhou-development-zone-2025',
  place: '株洲经济开发区',
  level: 'zone',
  year: 2025,
  source: {
    title: '株洲经开区党工委(扩大)会议:2025年持续奋战“双百亿”',
    publisher: '株洲日报',
    date: '2025-03-05',
    address: 'http://bk.zzlib.net:88/paper/daily/202503/441830.html',
  },
  text: [
    '新增工业产值110亿元以上,实现规模工业增加值增长25%以上,完成固定资产投资120亿元以上;实现亩均税收、人均税收和亩均技工贸总收入增长20%以上;进出口总额增长20%以上;地方收入增长5%以上',
    '支持推动北斗规模应用等产业打造省级先进制造业集群,全年签约引进北斗重点产业项目20个以上;力争新增省级以上“专精特新”企业6家以上,高新技术企业突破60家。全年新增规模工业企业7家以上,产值过10亿元企业突破10家;力争引进重点项目40个以上、履约率70%以上,其中亿元以上项目20个以上;力争全年实施重点建设项目50个以上,实现开竣工项目40个以上;全年动态储备产业用地2000亩以上,加快中创星科产业园、数字智造产业园等项目建设,新建厂房10万平方米以上。',
  ].join('\n'),
  targets: [
    zz('新增工业产值110亿元以上', '新增工业产值', 'cumulativeAmount', 'gte', 110, '亿元'),
    zz('实现规模工业增加值增长25%以上', '规模工业增加值', 'growthRate', 'gte', 25, '%'),
    zz('完成固定资产投资120亿元以上', '固定资产投资', 'cumulativeAmount', 'gte', 120, '亿元'),
    zz(zzTaxes, '亩均税收', 'growthRate', 'gte', 20, '%'),
    zz(zzTaxes, '人均税收', 'growthRate', 'gte', 20, '%'),
    zz(zzTaxes, '亩均技工贸总收入', 'growthRate', 'gte', 20, '%'),
    zz('进出口总额增长20%以上', '进出口总额', 'growthRate', 'gte', 20, '%'),
    zz('地方收入增长5%以上', '地方收入', 'growthRate', 'gte', 5, '%'),
    zz('全年签约引进北斗重点产业项目20个以上', '签约引进北斗重点产业项目', 'cumulativeCount', 'gte', 20, '个'),
    zz('力争新增省级以上“专精特新”企业6家以上', '新增省级以上“专精特新”企业', 'cumulativeCount', 'gte', 6, '家'),
    zz('高新技术企业突破60家', '高新技术企业', 'cumulativeCount', 'gt', 60, '家'),
    zz('全年新增规模工业企业7家以上', '新增规模工业企业', 'cumulativeCount', 'gte', 7, '家'),
    zz('产值过10亿元企业突破10家', '产值过10亿元企业', 'cumulativeCount', 'gt', 10, '家'),
    zz('力争引进重点项目40个以上', '引进重点项目', 'cumulativeCount', 'gte', 40, '个'),
    zz('履约率70%以上', '履约率', 'rate', 'gte', 70, '%'),
    zz('其中亿元以上项目20个以上', '亿元以上项目', 'cumulativeCount', 'gte', 20, '个'),
    zz('力争全年实施重点建设项目50个以上', '实施重点建设项目', 'cumulativeCount', 'gte', 50, '个'),
    zz('实现开竣工项目40个以上', '开竣工项目', 'cumulativeCount', 'gte', 40, '个'),
    zz('全年动态储备产业用地2000亩以上', '动态储备产业用地', 'cumulativeAmount', 'gte', 2000, '亩'),
    zz('新建厂房10万平方米以上', '新建厂房', 'cumulativeAmount', 'gte', 10, '万平方米'),
  ],
};

export const longyou2025: CorpusReport = {
  id: 'longyou-2025',
  place: '龙游县',
  level: 'county',
  year: 2025,
  source: {
    title: '2025年龙游县政府工作报告:二、2025年目标任务和重点工作',
    publisher: '龙游县人民政府(转载)',
    date: '2025',
    address: 'http://bx2200.com/baogao/huadong/12175_2.html',
  },
  text: '建议2025年全县经济社会发展的努力目标为:全县生产总值增长7%;固定资产投资增长10%以上;社会消费品零售总额增长7%;外贸出口额占全市份额保持稳定;一般公共预算收入增长7%以上;城乡居民人均可支配收入与经济增长同步;城镇调查失业率控制在5%以内;节能减排完成上级下达目标任务。',
  targets: [
    ly('全县生产总值增长7%', '全县生产总值', 'growthRate', 'gte', 7, '%'),
    ly('固定资产投资增长10%以上', '固定资产投资', 'growthRate', 'gte', 10, '%'),
    ly('社会消费品零售总额增长7%', '社会消费品零售总额', 'growthRate', 'gte', 7, '%'),
    ly('外贸出口额占全市份额保持稳定', '外贸出口额占全市份额', 'qualitative', 'qualitative', null, null),
    ly('一般公共预算收入增长7%以上', '一般公共预算收入', 'growthRate', 'gte', 7, '%'),
    ly('城乡居民人均可支配收入与经济增长同步', '城乡居民人均可支配收入', 'relative', 'approx', null, null),
    ly('城镇调查失业率控制在5%以内', '城镇调查失业率', 'rate', 'lte', 5, '%', lower),
    ly('节能减排完成上级下达目标任务', '节能减排', 'qualitative', 'qualitative', null, null, { binding: true }),
  ],
};

export const zherong2025: CorpusReport = {
  id: 'zherong-2025',
  place: '柘荣县',
  level: 'county',
  year: 2025,
  source: {
    title: '2025年柘荣县政府工作报告:二、2025年发展目标任务',
    publisher: '柘荣县人民政府(转载)',
    date: '2025',
    address: 'http://bx2200.com/baogao/huadong/12259_2.html',
  },
  text: '全年主要预期目标是:全县地区生产总值增长6%,农林牧渔业总产值增长6.5%,规上工业增加值增长14.5%,固定资产投资增长3%,社会消费品零售总额增长6%,一般公共预算总收入增长6%,地方一般公共预算收入增长5%,城镇居民人均可支配收入增长6%,农村居民人均可支配收入增长12%,实际利用外资完成市下达目标,节能减排指标控制在省定目标内。',
  targets: [
    zr('全县地区生产总值增长6%', '全县地区生产总值', 'growthRate', 'gte', 6, '%'),
    zr('农林牧渔业总产值增长6.5%', '农林牧渔业总产值', 'growthRate', 'gte', 6.5, '%'),
    zr('规上工业增加值增长14.5%', '规上工业增加值', 'growthRate', 'gte', 14.5, '%'),
    zr('固定资产投资增长3%', '固定资产投资', 'growthRate', 'gte', 3, '%'),
    zr('社会消费品零售总额增长6%', '社会消费品零售总额', 'growthRate', 'gte', 6, '%'),
    zr('一般公共预算总收入增长6%', '一般公共预算总收入', 'growthRate', 'gte', 6, '%'),
    zr('地方一般公共预算收入增长5%', '地方一般公共预算收入', 'growthRate', 'gte', 5, '%'),
    zr('城镇居民人均可支配收入增长6%', '城镇居民人均可支配收入', 'growthRate', 'gte', 6, '%'),
    zr('农村居民人均可支配收入增长12%', '农村居民人均可支配收入', 'growthRate', 'gte', 12, '%'),
    zr('实际利用外资完成市下达目标', '实际利用外资', 'qualitative', 'qualitative', null, null, { binding: true }),
    zr('节能减排指标控制在省定目标内', '节能减排指标', 'qualitative', 'lte', null, null, { binding: true, direction: 'lowerIsBetter' }),
  ],
};
