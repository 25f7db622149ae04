/**
 * The reader of a work report: every target it states, with the clause each comes from, and the
 * frame it names. Pure and deterministic: the same text always gives the same draft.
 */
import { splitClauses, splitLines, splitSentences, type Span } from './clauses';
import { planYearOf } from './deadlines';
import { actionHeading, readFrame } from './frame';
import { readClause } from './readClause';
import type { DraftTarget, PlanDraft } from './types';

const mainTargetMarker = /主要预期目标|主要目标|预期目标|目标任务|主要工作目标/;
/** A sentence about a past year with no word of intent is a review, not a target. */
const intentCue = /力争|确保|目标|预期|争取|今年|全年|年内/;

function isReview(sentence: string, year: number | null): boolean {
  if (year === null) return false;
  const pastYear = [...sentence.matchAll(/(?<!\d)(20\d\d)年/g)].some((match) => Number(match[1]) < year);
  return pastYear && !intentCue.test(sentence);
}

/** Lines that are list bullets or short lines right after the main-target marker stay in its block. */
const isListLine = (line: string) => /^[\s\u3000]*[●•·▪■◆◇○\-—*]/.test(line) || line.trim().length <= 40;

export function draftPlan(text: string, options: { year?: number } = {}): PlanDraft {
  const year = options.year ?? planYearOf(text);
  const targets: DraftTarget[] = [];
  let actionName: string | null = null;
  let inMainBlock = false;
  let headingOnly = false;

  for (const line of splitLines(text)) {
    const heading = actionHeading(line.text);
    if (heading) {
      actionName = heading;
      inMainBlock = false;
    } else if (actionName !== null && !headingOnly) {
      // An action heading that opens a paragraph covers that paragraph only.
      actionName = null;
    }
    if (heading) headingOnly = line.text.length <= 30;
    if (heading) {
      // nothing more: the heading's own sentence is read below
    } else if (inMainBlock && !isListLine(line.text)) {
      inMainBlock = false;
    }
    for (const sentence of splitSentences(line)) {
      if (isReview(sentence.text, year)) continue;
      const markerAt = mainTargetMarker.exec(sentence.text)?.index ?? -1;
      const mainSentence = markerAt >= 0;
      if (mainSentence) inMainBlock = true;
      for (const clause of splitClauses(sentence)) {
        if (mainSentence && clause.start < sentence.start + markerAt) continue;
        const context = { year, actionName: inMainBlock ? null : actionName, mainTargets: inMainBlock };
        targets.push(...readClause(clause as Span, context));
      }
      if (mainSentence && sentence.text.length > 40 && /。/.test(text.charAt(sentence.start + sentence.text.length))) {
        inMainBlock = false;
      }
    }
  }
  return { year, targets, frame: readFrame(text) };
}
