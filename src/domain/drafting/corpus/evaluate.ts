/**
 * Scoring the reader against the hand labels: a proposal matches a labelled target when their
 * clauses overlap and their names or values agree; then each field of a match is right or wrong.
 */
import { draftPlan } from '../draftPlan';
import type { DraftTarget } from '../types';
import type { CorpusReport, LabelledTarget } from './labels';

export const scoredFields = [
  'name', 'kind', 'comparator', 'value', 'valueMax', 'unit', 'deadline', 'direction', 'binding', 'actionName',
] as const;
export type ScoredField = (typeof scoredFields)[number];

export interface Miss {
  report: string;
  /** A labelled target no proposal matched (missed), or a proposal no label matched (extra). */
  kind: 'missed' | 'extra';
  sentence: string;
  name: string;
}

export interface FieldError {
  report: string;
  field: ScoredField;
  sentence: string;
  expected: unknown;
  actual: unknown;
}

export interface Score {
  labelled: number;
  proposed: number;
  matched: number;
  misses: Miss[];
  fieldRight: Record<ScoredField, number>;
  fieldErrors: FieldError[];
}

const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

function fieldOf(target: DraftTarget, field: ScoredField): unknown {
  return field === 'name' ? target.name.zh : target[field];
}

function affinity(proposal: DraftTarget, label: LabelledTarget): number {
  if (!overlaps(proposal.sentence, label.sentence)) return 0;
  if (proposal.name.zh === label.name) return 3;
  if (overlaps(proposal.name.zh, label.name)) return 2;
  return proposal.value === label.value ? 1 : 0;
}

export function scoreReport(report: CorpusReport, proposals: DraftTarget[] = draftPlan(report.text, { year: report.year }).targets): Score {
  const open = new Set(proposals.map((_, index) => index));
  const fieldRight = Object.fromEntries(scoredFields.map((field) => [field, 0])) as Record<ScoredField, number>;
  const fieldErrors: FieldError[] = [];
  const misses: Miss[] = [];
  let matched = 0;
  for (const label of report.targets) {
    let best = -1;
    let bestAffinity = 0;
    for (const index of open) {
      const score = affinity(proposals[index]!, label);
      if (score > bestAffinity) {
        best = index;
        bestAffinity = score;
      }
    }
    if (best < 0) {
      misses.push({ report: report.id, kind: 'missed', sentence: label.sentence, name: label.name });
      continue;
    }
    open.delete(best);
    matched += 1;
    const proposal = proposals[best]!;
    for (const field of scoredFields) {
      const actual = fieldOf(proposal, field);
      if (actual === label[field]) fieldRight[field] += 1;
      else fieldErrors.push({ report: report.id, field, sentence: label.sentence, expected: label[field], actual });
    }
  }
  for (const index of open) {
    const proposal = proposals[index]!;
    misses.push({ report: report.id, kind: 'extra', sentence: proposal.sentence, name: proposal.name.zh });
  }
  return { labelled: report.targets.length, proposed: proposals.length, matched, misses, fieldRight, fieldErrors };
}

export function scoreCorpus(reports: CorpusReport[]): Score {
  const total: Score = {
    labelled: 0,
    proposed: 0,
    matched: 0,
    misses: [],
    fieldRight: Object.fromEntries(scoredFields.map((field) => [field, 0])) as Record<ScoredField, number>,
    fieldErrors: [],
  };
  for (const report of reports) {
    const score = scoreReport(report);
    total.labelled += score.labelled;
    total.proposed += score.proposed;
    total.matched += score.matched;
    total.misses.push(...score.misses);
    total.fieldErrors.push(...score.fieldErrors);
    for (const field of scoredFields) total.fieldRight[field] += score.fieldRight[field];
  }
  return total;
}

export const recall = (score: Score) => (score.labelled === 0 ? 1 : score.matched / score.labelled);
export const precision = (score: Score) => (score.proposed === 0 ? 1 : score.matched / score.proposed);
