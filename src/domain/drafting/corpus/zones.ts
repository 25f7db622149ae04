/**
 * Zones: 开封市城乡一体化示范区 2024 (targets inside its three lines of work), 金华开发区 2024
 * (its target list and two action targets) and 扬州生态科技新城 2025 (its main work targets).
 */
import { labelFor, type CorpusReport } from './labels';

const kf = labelFor(2024);
const jh = labelFor(2024);
const jhInvestment = '固定资产投资、工业投资、服务业投资均增长12%左右';
const yz = labelFor(2025);
const yzIndicators = '一般公共预算收入、固定资产投资、工业开票等主要经济指标保持较快增长';

export const kaifengDemonstrationZone2024: CorpusReport = {
  id: 'kaifeng-demonstration-zone-2024',
  place: '开封市城乡一体化示范区',
  level: 'zone',
  year: 2024,
  source: {
    title: '开封:聚力奋发 在推动高质量发展上继续走在前列',
    publisher: '中国经济报道(据河南省政府网站)',
    date: '2024-03-14',
    address: 'https://cn.dailyeconomic.com/ha/2024/03/14/5298.html',
  },
  text: [
    '一是围绕“高质”主线,构建更高能级的现代化产业体系。坚持稳步推进辖区总投资794亿元的159个重点项目建设,重点保障54个先进制造业项目完成年度投资149亿元。深化“万人助万企”活动,力争规上工业企业新增10家,规上工业总产值突破500亿元。强化龙头企业带动,加快奇瑞汽车新能源技术改造和焊装生产线、零部件产业园建设,力争全年生产车辆突破30万台、产值突破256亿元,全力打造全市第一个千亿级产业集群。',
    '二是把握“新质”内涵,塑造更高水平的创新共同体。新增省级以上公共服务平台认证5个以上,力争引进省部级科研成果2个以上。着力培育高成长高质量企业,力争新增省级“专精特新”企业10家以上、国家级高新技术企业12家以上、市级以上科技创新平台5个以上。',
  ].join('\n'),
  targets: [
    kf('坚持稳步推进辖区总投资794亿元的159个重点项目建设', '重点项目建设', 'cumulativeCount', 'gte', 159, '个'),
    kf('重点保障54个先进制造业项目完成年度投资149亿元', '54个先进制造业项目完成年度投资', 'cumulativeAmount', 'gte', 149, '亿元'),
    kf('力争规上工业企业新增10家', '新增规上工业企业', 'cumulativeCount', 'gte', 10, '家'),
    kf('规上工业总产值突破500亿元', '规上工业总产值', 'cumulativeAmount', 'gt', 500, '亿元'),
    kf('力争全年生产车辆突破30万台', '生产车辆', 'cumulativeCount', 'gt', 30, '万台'),
    kf('产值突破256亿元', '产值', 'cumulativeAmount', 'gt', 256, '亿元'),
    kf('新增省级以上公共服务平台认证5个以上', '新增省级以上公共服务平台认证', 'cumulativeCount', 'gte', 5, '个'),
    kf('力争引进省部级科研成果2个以上', '引进省部级科研成果', 'cumulativeCount', 'gte', 2, '个'),
    kf('力争新增省级“专精特新”企业10家以上', '新增省级“专精特新”企业', 'cumulativeCount', 'gte', 10, '家'),
    kf('国家级高新技术企业12家以上', '新增国家级高新技术企业', 'cumulativeCount', 'gte', 12, '家'),
    kf('市级以上科技创新平台5个以上', '新增市级以上科技创新平台', 'cumulativeCount', 'gte', 5, '个'),
  ],
};

export const jinhuaDevelopmentZone2024: CorpusReport = {
  id: 'jinhua-development-zone-2024',
  place: '金华经济技术开发区',
  level: 'zone',
  year: 2024,
  source: {
    title: '今日开发区·特别报道:2024年目标任务',
    publisher: '金华日报',
    date: '2024-03-01',
    address: 'https://epaper.jhnews.com.cn/jhrb/jhrbpaper/pc/con/202403/01/content_452117.html',
  },
  text: [
    '2024年目标任务',
    '实现GDP增速6.2%以上;规上工业总产值增长20%以上,规上工业增加值增长9%左右;固定资产投资、工业投资、服务业投资均增长12%左右;全社会消费品零售总额增长6%以上;全社会R&D经费投入强度增长3.35%。财政收入稳定增长,城乡居民收入保持同步增长。',
    '一 确保内外循环格局更优化',
    '●对外要保基本盘,力争全年进出口增长5%以上;',
    '●对内要打造消费场景,力争全年全社会消费品零售总额增长6%以上;',
  ].join('\n'),
  targets: [
    jh('实现GDP增速6.2%以上', 'GDP', 'growthRate', 'gte', 6.2, '%'),
    jh('规上工业总产值增长20%以上', '规上工业总产值', 'growthRate', 'gte', 20, '%'),
    jh('规上工业增加值增长9%左右', '规上工业增加值', 'growthRate', 'approx', 9, '%'),
    jh(jhInvestment, '固定资产投资', 'growthRate', 'approx', 12, '%'),
    jh(jhInvestment, '工业投资', 'growthRate', 'approx', 12, '%'),
    jh(jhInvestment, '服务业投资', 'growthRate', 'approx', 12, '%'),
    jh('全社会消费品零售总额增长6%以上', '全社会消费品零售总额', 'growthRate', 'gte', 6, '%'),
    jh('全社会R&D经费投入强度增长3.35%', '全社会R&D经费投入强度', 'growthRate', 'gte', 3.35, '%'),
    jh('财政收入稳定增长', '财政收入', 'qualitative', 'qualitative', null, null),
    jh('城乡居民收入保持同步增长', '城乡居民收入', 'relative', 'approx', null, null),
    jh('力争全年进出口增长5%以上', '进出口', 'growthRate', 'gte', 5, '%'),
    jh('力争全年全社会消费品零售总额增长6%以上', '全社会消费品零售总额', 'growthRate', 'gte', 6, '%'),
  ],
};

export const yangzhouEcoTechCity2025: CorpusReport = {
  id: 'yangzhou-eco-tech-city-2025',
  place: '扬州生态科技新城',
  level: 'zone',
  year: 2025,
  source: {
    title: '扬州生态科技新城召开党工委(扩大)会议',
    publisher: '网易号(扬州生态科技新城)',
    date: '2025-01-16',
    address: 'https://m.163.com/dy/article/JM3NHMNN0517A301.html',
  },
  text: '会上明确提出,新城今年经济社会发展主要工作目标是:地区生产总值增长6.5%,一般公共预算收入、固定资产投资、工业开票等主要经济指标保持较快增长。',
  targets: [
    yz('地区生产总值增长6.5%', '地区生产总值', 'growthRate', 'gte', 6.5, '%'),
    yz(yzIndicators, '一般公共预算收入', 'qualitative', 'qualitative', null, null),
    yz(yzIndicators, '固定资产投资', 'qualitative', 'qualitative', null, null),
    yz(yzIndicators, '工业开票', 'qualitative', 'qualitative', null, null),
  ],
};
