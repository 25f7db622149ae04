/** Every target the reader proposes for `text`, accepted as read: what a reviewer sends who changes nothing. */
import { draftPlan } from '../draftPlan';
import type { ReviewedTarget } from '../draftedIndicator';

export function acceptedTargets(text: string, year = 2025): ReviewedTarget[] {
  return draftPlan(text, { year }).targets.map((target) => ({
    name: target.name.zh,
    kind: target.kind,
    direction: target.direction,
    binding: target.binding,
    actionName: target.actionName,
    thresholds: [
      {
        comparator: target.comparator,
        value: target.value,
        valueMax: target.valueMax,
        band: target.band,
        unit: target.unit,
        deadline: target.deadline,
      },
    ],
    quotes: [target.sentence],
  }));
}
