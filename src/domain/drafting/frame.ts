/**
 * The frame a report names: "1310" = 1 goal, 3 central tasks, 10 actions, spelled out right
 * after ("一个目标定位是……；三大中心任务是……；十项攻坚行动是……"), or only as the headings of
 * the action sections ("实施产业转型升级攻坚行动。").
 */
import type { DraftFrame } from './types';

const count = '[一二三四五六七八九十两\\d]+';

function listAfter(text: string, pattern: RegExp): string[] {
  const match = pattern.exec(text);
  if (!match?.[1]) return [];
  return match[1]
    .split(/[、，,]/)
    .map((item) => item.replace(/[“”"「」]/g, '').trim())
    .filter((item) => item.length > 0);
}

export interface ActionHeading {
  name: string;
  /** Whether the heading is the whole line (it then covers the paragraphs below it). */
  alone: boolean;
}

/** The action a paragraph opens: "实施招商引资突破攻坚行动。" → 招商引资突破, "(一)做精老城区。" → 做精老城区. */
export function actionHeading(paragraph: string): ActionHeading | null {
  const match =
    /^实施(.{2,16}?)攻坚行动[。.]?/.exec(paragraph) ??
    /^[（(][一二三四五六七八九十]+[)）]\s*([^。；;，,]{2,24})(?:[。；;]|$)/.exec(paragraph);
  if (!match) return null;
  return { name: match[1]!.trim(), alone: paragraph.slice(match[0].length).trim() === '' };
}

export function readFrame(text: string): DraftFrame | null {
  const code =
    /[“"']?(\d{3,6})[”"']?(?:工作体系|工作思路|总体思路|发展思路|工作布局|发展战略)/.exec(text)?.[1] ?? null;
  const goal = /目标定位(?:是|为)[:：]?([^；;。]+)/.exec(text)?.[1]?.trim() ?? null;
  const tasks = listAfter(text, new RegExp(`${count}大?中心任务(?:是|为)[:：]?[“"]([^”"]+)[”"]`));
  let actions = listAfter(text, new RegExp(`${count}[项大个]攻坚行动(?:是|为)[:：]?[“"]([^”"]+)[”"]`));
  if (actions.length === 0) {
    actions = [...text.matchAll(/(?:^|\n)\s*实施(.{2,16}?)攻坚行动[。.]/g)].map((match) => match[1]!);
  }
  if (!code && !goal && tasks.length === 0 && actions.length === 0) return null;
  return { code, goal, tasks, actions };
}
