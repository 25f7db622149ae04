/**
 * Turning the words before a figure into the target's name: drop the cue words (力争, 确保,
 * 全年, 一季度 …) and the verb (增长, 达到, 控制在 …), keeping the subject as written.
 */

const leadingCues =
  /^(?:力争|确保|努力|争取|全力|全面|预期|预计|其中|同时|并且|并|要|将|今年|全年|年内|年底前|年底|第?一季度|首季|上半年|前三季度|[0-9一二三四五六七八九十]{1,2}月(?:底|末)前?|实现|继续|进一步|重点保障|坚持)+/;

/** The verbs that join a subject to its figure, longest first. */
const linkingVerbs = [
  '保持在', '稳定在', '控制在', '提高到', '提升到', '增加到', '达到', '增长', '增加', '超过', '突破', '不低于', '不少于',
  '不超过', '不高于', '低于', '高于', '降低', '下降', '减少', '上涨', '提高', '提升', '实现', '完成', '保持', '确保',
  '力争', '新增', '达', '为', '过',
];

const fillers = /(?:分别|均|都|继续|要|力争|确保|(?:要)?(?:较|比)(?:上年|去年|上年同期))+$/;

export interface SubjectReading {
  name: string;
  /** The verb that joined the subject to the figure, if any (增长, 达到 …). */
  verb: string | null;
}

export function stripLeadingCues(text: string): string {
  return text.replace(leadingCues, '');
}

/** The subject and verb of the words before a figure: "地区生产总值增长" → 地区生产总值 / 增长. */
export function readSubject(textBefore: string): SubjectReading {
  let name = stripLeadingCues(textBefore.trim());
  let verb: string | null = null;
  for (let guard = 0; guard < 3; guard += 1) {
    name = name.replace(fillers, '');
    const found = linkingVerbs.find((candidate) => name.endsWith(candidate));
    if (!found) break;
    verb = verb ?? found;
    name = name.slice(0, -found.length);
  }
  name = name.replace(fillers, '').replace(/[的]$/, '').replace(/等(?:主要)?(?:经济)?指标$/, '');
  // 完成固定资产投资120亿元 names 固定资产投资; 完成投资 keeps its verb, or nothing would be left.
  if (name.startsWith('完成') && name.length > 4) name = name.slice(2);
  // 规上工业企业新增10家 names the same target as 新增规上工业企业10家.
  if (verb === '新增' && name.length > 0) name = `新增${name}`;
  return { name: name.trim(), verb };
}

/** 城镇居民人均可支配收入 from 城乡居民人均可支配收入 and a 分别 list of two. */
export function expandUrbanRural(name: string): string[] {
  if (!name.startsWith('城乡')) return [name];
  const rest = name.slice(2);
  return [`城镇${rest}`, `农村${rest}`];
}

/** A rate's trailing word is a kind hint, not part of the name: 居民消费价格涨幅 → 居民消费价格. */
export function stripRateWord(name: string): { name: string; rateWord: string | null } {
  const match = /(增速|增幅|涨幅|增长率)$/.exec(name);
  if (!match || match.index === 0) return { name, rateWord: null };
  return { name: name.slice(0, match.index), rateWord: match[1]! };
}

/** Heads shared by a short list item and the next: 城镇、农村居民…, 大气、水环境质量改善. */
const sharedHeads = ['居民', '环境', '工业', '企业', '投资', '收入'];

/** The full name of a short item that borrows the head of the next one: 大气 + 水环境质量改善 → 大气环境质量改善. */
export function borrowHead(shortItem: string, next: string): string {
  if (shortItem.length > 2) return shortItem;
  for (const head of sharedHeads) {
    const at = next.indexOf(head);
    if (at > 0 && at <= 3) return `${shortItem}${next.slice(at)}`;
  }
  return shortItem;
}

/** Subjects joined by 和 / 及 under one qualitative predicate: 实际使用外资和进出口总额稳中提质. */
export function splitJoinedSubjects(name: string): string[] {
  return name.split(/和|及|以及/).filter((part) => part.length >= 2);
}
