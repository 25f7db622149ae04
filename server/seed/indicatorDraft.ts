import type { Indicator } from '../../src/domain/model';

/** What the article states about a target; the rest starts blank and is edited later. */
export type IndicatorDraft = Omit<
  Indicator,
  | 'planId'
  | 'direction'
  | 'tolerances'
  | 'plannedPath'
  | 'leadDepartment'
  | 'derivation'
  | 'unitLabel'
  | 'reference'
  | 'nature'
  | 'contributingDepartments'
  | 'previousYearIndicatorId'
  | 'retired'
  | 'version'
  | 'updatedAt'
> &
  Partial<Pick<Indicator, 'direction' | 'derivation'>>;
