/**
 * The reader of a work report: every target it states, with the clause each comes from, and the
 * frame it names. Pure and deterministic: the same text always gives the same draft.
 */
import { splitClauses, splitLines, splitSentences, type Span } from './clauses';
import { planYearOf } from './deadlines';
import { actionHeading, readFrame } from './frame';
import { readClause } from './readClause';
import type { DraftTarget, PlanDraft } from './types';

const markerWords = '(?:主要预期目标|主要目标|预期目标|目标任务|主要工作目标|努力目标|发展目标|奋斗目标)';
/** "主要预期目标是:", "努力目标为:" … */
const mainTargetMarker = new RegExp(`${markerWords}(?:是|为)?(?=[:：])`);
/** … or the words alone as a heading line over a list ("2024年目标任务"). */
const mainTargetHeading = new RegExp(`${markerWords}$`);

function findMarker(sentence: Span, line: Span): RegExpExecArray | null {
  return (
    mainTargetMarker.exec(sentence.text) ??
    (sentence.text === line.text ? mainTargetHeading.exec(sentence.text) : null)
  );
}

/** A sentence about a past year with no word of intent is a review, not a target. */
const intentCue = /力争|确保|目标|预期|争取|今年|全年|年内/;

function isReview(sentence: string, year: number | null): boolean {
  if (year === null) return false;
  const pastYear = [...sentence.matchAll(/(?<!\d)(20\d\d)年/g)].some((match) => Number(match[1]) < year);
  return pastYear && !intentCue.test(sentence);
}

export function draftPlan(text: string, options: { year?: number } = {}): PlanDraft {
  const year = options.year ?? planYearOf(text);
  const targets: DraftTarget[] = [];
  let actionName: string | null = null;
  let inMainBlock = false;
  let headingOnly = false;

  for (const line of splitLines(text)) {
    const heading = actionHeading(line.text);
    if (heading) {
      actionName = heading.name;
      // A heading on a line of its own covers the paragraphs below it, up to the next heading.
      headingOnly = heading.alone;
      inMainBlock = false;
    } else if (actionName !== null && !headingOnly) {
      // An action heading that opens a paragraph covers that paragraph only.
      actionName = null;
    }
    for (const sentence of splitSentences(line)) {
      if (isReview(sentence.text, year)) continue;
      const marker = findMarker(sentence, line);
      const mainSentence = marker !== null;
      const markerEnd = marker ? sentence.start + marker.index + marker[0].length : -1;
      if (mainSentence) inMainBlock = true;
      // In the main-target paragraph a list of subjects may run across a comma:
      // 主要污染物减排、单位GDP能耗下降,大气、水环境质量改善完成市下达任务.
      let carried: Span[] = [];
      for (const clause of splitClauses(sentence)) {
        if (mainSentence && clause.start < markerEnd) continue;
        const context = {
          source: text,
          year,
          actionName: inMainBlock ? null : actionName,
          mainTargets: inMainBlock,
        };
        const reading = readClause(clause, context, carried);
        targets.push(...reading.targets);
        carried = inMainBlock ? reading.pending : [];
      }
    }
    // The main targets end with their paragraph; a short heading line keeps them open for the list below.
    if (inMainBlock && line.text.length > 40) inMainBlock = false;
  }
  return { year, targets, frame: readFrame(text) };
}
