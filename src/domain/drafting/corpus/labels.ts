/** The shape of a hand-labelled corpus report and a shorthand for labelling its targets. */
import type { DraftComparator, DraftDirection, DraftKind } from '../types';

export interface LabelledTarget {
  /** The clause the target comes from, as the reader should quote it. */
  sentence: string;
  name: string;
  kind: DraftKind;
  comparator: DraftComparator;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  deadline: string | null;
  direction: DraftDirection;
  binding: boolean;
  actionName: string | null;
}

export interface CorpusReport {
  id: string;
  place: string;
  level: 'nation' | 'province' | 'city' | 'county' | 'district' | 'zone';
  year: number;
  source: { title: string; publisher: string; date: string; address: string };
  /** The target paragraphs, quoted as published. */
  text: string;
  targets: LabelledTarget[];
}

type Extra = Partial<Pick<LabelledTarget, 'valueMax' | 'deadline' | 'direction' | 'binding' | 'actionName'>>;

/** A labelled target; the deadline defaults to the year's end and the direction to higher is better. */
export function labelFor(year: number, actionName: string | null = null) {
  return (
    sentence: string,
    name: string,
    kind: DraftKind,
    comparator: DraftComparator,
    value: number | null,
    unit: string | null,
    extra: Extra = {},
  ): LabelledTarget => ({
    sentence,
    name,
    kind,
    comparator,
    value,
    unit,
    valueMax: extra.valueMax ?? null,
    deadline: extra.deadline ?? `${year}-12-31`,
    direction: extra.direction ?? 'higherIsBetter',
    binding: extra.binding ?? false,
    actionName: extra.actionName ?? actionName,
  });
}

export const lower = { direction: 'lowerIsBetter' } as const;
