/**
 * Every target of the 2024 plan as a tracked indicator: the seven main expected targets
 * (主要预期目标) and the numbered targets inside the campaign actions.
 */
import { indicatorDefaults, type Indicator } from '../../src/domain/model';
import { actionTargets } from './actionTargets';
import { seedLeadDepartments } from './departments';
import { mainTargets } from './mainTargets';
import type { IndicatorDraft } from './indicatorDraft';
import { planId } from './plan';

/** The day the article was published: the seed's first version. */
export const seedUpdatedAt = '2024-02-07T00:00:00.000Z';

function toIndicator(draft: IndicatorDraft): Indicator {
  return {
    direction: 'higherIsBetter',
    derivation: null,
    ...draft,
    planId,
    tolerances: null,
    plannedPath: null,
    leadDepartment: seedLeadDepartments[draft.id] ?? null,
    ...indicatorDefaults,
    contributingDepartments: [],
    version: 1,
    updatedAt: seedUpdatedAt,
  };
}

export const seedIndicators: Indicator[] = [...mainTargets, ...actionTargets].map(toIndicator);
