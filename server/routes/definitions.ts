/**
 * Admins edit definitions: `PATCH /api/indicators/:indicatorId` (thresholds, tolerances, planned
 * path, lead department (one of the organisation's departments in use), 口径, data source),
 * versioned and audited. Which central tasks an action
 * serves is edited with the rest of the frame (server/routes/planEditing.ts). Mounted at /api.
 */
import { Hono } from 'hono';
import { indicatorPatchBodySchema, type IndicatorPatch } from '../../src/api/definitionsContract';
import type { Indicator } from '../../src/domain/model';
import { yearOf } from '../../src/domain/period';
import { checkNumericValue } from '../../src/domain/valueRules';
import { requireAdmin } from '../auth/guards';
import { knownDepartmentNames, unknownDepartmentReason } from '../auth/knownDepartments';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { ApiProblem } from '../http/errors';
import { parseIdParam } from '../http/parameters';
import type { Store } from '../store/port';

function invalid(field: string): never {
  throw new ApiProblem('invalidBody', { field });
}

/** What the schema cannot see: dates inside the plan year, targets the kind can take, one point per month. */
function checkPatch(indicator: Indicator, patch: IndicatorPatch, planYear: number): void {
  const unit = indicator.unit;
  if (patch.thresholds !== undefined) {
    if (patch.thresholds.length === 0 && indicator.kind !== 'qualitative') invalid('patch.thresholds');
    patch.thresholds.forEach((threshold, index) => {
      if (Number(threshold.deadline.slice(0, 4)) !== planYear) invalid(`patch.thresholds.${index}.deadline`);
      if (checkNumericValue(indicator.kind, threshold.value, unit))
        invalid(`patch.thresholds.${index}.value`);
    });
  }
  if (patch.plannedPath) {
    const periods = new Set<string>();
    patch.plannedPath.forEach((point, index) => {
      if (yearOf(point.period) !== planYear || periods.has(point.period))
        invalid(`patch.plannedPath.${index}.period`);
      periods.add(point.period);
      if (checkNumericValue(indicator.kind, point.value, unit)) invalid(`patch.plannedPath.${index}.value`);
    });
  }
  if (patch.tolerances && (patch.tolerances.attention < 0 || patch.tolerances.behind < 0))
    invalid('patch.tolerances');
}

export function definitionRoutes(store: Store) {
  return new Hono<AppEnv>().patch('/indicators/:indicatorId', writeBodyLimit, async (c) => {
    const user = requireAdmin(c);
    const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
    const { patch, expectedVersion, note } = await readJsonBody(c, indicatorPatchBodySchema);
    const indicator = await store.getIndicator(indicatorId);
    if (!indicator) throw new ApiProblem('notFound', { field: 'indicatorId' });
    const plan = (await store.listPlans()).find((candidate) => candidate.id === indicator.planId);
    if (!plan) throw new ApiProblem('notFound', { field: 'indicatorId' });
    checkPatch(indicator, patch, plan.year);
    if (patch.leadDepartment) {
      const reason = unknownDepartmentReason(
        patch.leadDepartment,
        await knownDepartmentNames(store, plan.zone.zh),
      );
      if (reason) throw new ApiProblem('invalidBody', { field: 'patch.leadDepartment', reason });
    }
    const actor = { username: user.username, displayName: user.displayName };
    const result = await store.updateIndicator(indicatorId, patch, expectedVersion, actor, note ?? '');
    if ('conflict' in result) throw new ApiProblem('conflict', { current: result.conflict });
    return c.json({ indicator: result.indicator });
  });
}
