/**
 * What every store builds alike for a versioned write: the new figure or definition, and the audit
 * entries that record it, and the live events that tell of it. Browser-safe.
 */
import type { AuditEntryInput, AuditJson } from '../../src/api/auditContract';
import type { LiveEvent } from '../../src/api/liveContract';
import {
  indicatorSchema,
  indicatorValueSchema,
  type CampaignAction,
  type Indicator,
  type IndicatorValue,
} from '../../src/domain/model';
import { reviewTransitions, type ReviewAction } from '../../src/domain/figureReview';
import type { Actor, FigureWrite, IndicatorPatch, ValueConflict } from './writesPort';

/**
 * The saved figure: real, recorded now by the actor, one version past the one it replaces. Saved
 * under review, it is a draft or submitted, keeping a comment the office sent it back with.
 */
export function figureFromWrite(
  write: FigureWrite,
  actor: Actor,
  recordedAt: string,
  previous: IndicatorValue | null = null,
): IndicatorValue {
  const keptComment = previous?.review?.state === 'approved' ? null : (previous?.review?.comment ?? null);
  return indicatorValueSchema.parse({
    ...(write.reviewState === undefined
      ? {}
      : {
          review: {
            state: write.reviewState,
            comment: keptComment,
            changedBy: actor.displayName,
            changedAt: recordedAt,
          },
        }),
    indicatorId: write.indicatorId,
    period: write.period,
    value: write.value,
    judgement: write.judgement ?? null,
    achievedOn: write.achievedOn ?? null,
    note: write.note === '' ? null : write.note,
    source: write.source ?? null,
    isDemo: false,
    recordedBy: actor.displayName,
    recordedAt,
    version: (write.expectedVersion ?? 0) + 1,
  });
}

/**
 * A figure moved on by a review action: the same figure, one version on, recorded now (so that
 * official views as of a cut-off see it approved only from then), in the action's state.
 */
export function figureInNewState(
  previous: IndicatorValue,
  action: ReviewAction,
  comment: string | null,
  actor: Actor,
  at: string,
): IndicatorValue {
  const kept = action === 'submit' ? (previous.review?.comment ?? null) : null;
  return indicatorValueSchema.parse({
    ...previous,
    recordedAt: at,
    version: previous.version + 1,
    review: {
      state: reviewTransitions[action].to,
      comment: comment ?? kept,
      changedBy: actor.displayName,
      changedAt: at,
    },
  });
}

/** The audit entry of a review action: the state before and after, and the comment as its note. */
export function reviewAuditEntry(
  previous: IndicatorValue,
  next: IndicatorValue,
  context: { actor: Actor; planId: string; action: ReviewAction; comment: string | null; batchId?: string },
): AuditEntryInput {
  return {
    actor: context.actor.username,
    actorName: context.actor.displayName,
    entityType: 'value',
    entityId: next.indicatorId,
    planId: context.planId,
    period: next.period,
    field: 'reviewState',
    oldValue: { state: previous.review?.state ?? null, version: previous.version },
    newValue: {
      state: next.review?.state ?? null,
      action: context.action,
      comment: next.review?.comment ?? null,
      version: next.version,
    },
    note: context.comment ?? '',
    at: next.recordedAt,
    ...(context.batchId === undefined ? {} : { batchId: context.batchId }),
  };
}

/** A stale write as reported back: the stored figure, and mine as it was sent. */
export function valueConflict(write: FigureWrite, current: IndicatorValue | null): ValueConflict {
  const { period, ...mine } = write;
  return { indicatorId: write.indicatorId, period, current, mine };
}

/** A figure as the audit trail keeps it: what was stated, not who stored it (the entry says that). */
function auditedFigure(figure: IndicatorValue | null): AuditJson {
  if (!figure) return null;
  return {
    value: figure.value,
    judgement: figure.judgement,
    achievedOn: figure.achievedOn,
    source: figure.source,
    isDemo: figure.isDemo,
    version: figure.version,
    ...(figure.review ? { reviewState: figure.review.state } : {}),
  };
}

/**
 * The audit entry of a saved figure; a writer's confirmation of a figure far from its history is
 * kept with the new figure, as `newValue.confirmation.reason`.
 */
export function valueAuditEntry(
  previous: IndicatorValue | null,
  saved: IndicatorValue,
  context: {
    actor: Actor;
    planId: string;
    note: string;
    batchId?: string;
    confirmation?: { reason: string };
  },
): AuditEntryInput {
  const figure = auditedFigure(saved);
  return {
    actor: context.actor.username,
    actorName: context.actor.displayName,
    entityType: 'value',
    entityId: saved.indicatorId,
    planId: context.planId,
    period: saved.period,
    oldValue: auditedFigure(previous),
    newValue:
      context.confirmation && figure !== null && typeof figure === 'object' && !Array.isArray(figure)
        ? { ...figure, confirmation: { reason: context.confirmation.reason } }
        : figure,
    note: context.note,
    at: saved.recordedAt,
    ...(context.batchId === undefined ? {} : { batchId: context.batchId }),
  };
}

const patchFields = [
  'thresholds',
  'tolerances',
  'plannedPath',
  'leadDepartment',
  'definition',
  'dataSource',
] as const;

/** Plain JSON of a validated model value (zod output holds only JSON-able data). */
function asJson(value: unknown): AuditJson {
  return JSON.parse(JSON.stringify(value ?? null)) as AuditJson;
}

/** The indicator with the patch applied, and the fields that really changed. */
export function patchedIndicator(
  current: Indicator,
  patch: IndicatorPatch,
  updatedAt: string,
): { next: Indicator; changes: { field: string; oldValue: AuditJson; newValue: AuditJson }[] } {
  const changes: { field: string; oldValue: AuditJson; newValue: AuditJson }[] = [];
  const next: Indicator = structuredClone(current);
  for (const field of patchFields) {
    if (patch[field] === undefined) continue;
    const oldValue = asJson(current[field]);
    const newValue = asJson(patch[field]);
    if (JSON.stringify(oldValue) === JSON.stringify(newValue)) continue;
    changes.push({ field, oldValue, newValue });
    Object.assign(next, { [field]: structuredClone(patch[field]) });
  }
  if (changes.length === 0) return { next: current, changes };
  return { next: indicatorSchema.parse({ ...next, version: current.version + 1, updatedAt }), changes };
}

export function indicatorAuditEntries(
  indicator: Indicator,
  changes: { field: string; oldValue: AuditJson; newValue: AuditJson }[],
  context: { actor: Actor; note: string; at: string },
): AuditEntryInput[] {
  return changes.map((change) => ({
    actor: context.actor.username,
    actorName: context.actor.displayName,
    entityType: 'indicator',
    entityId: indicator.id,
    planId: indicator.planId,
    field: change.field,
    oldValue: change.oldValue,
    newValue: change.newValue,
    note: context.note,
    at: context.at,
  }));
}

export function actionAuditEntry(
  planId: string,
  previous: CampaignAction,
  next: CampaignAction,
  context: { actor: Actor; note: string; at: string },
): AuditEntryInput {
  return {
    actor: context.actor.username,
    actorName: context.actor.displayName,
    entityType: 'action',
    entityId: next.id,
    planId,
    field: 'centralTaskIds',
    oldValue: previous.centralTaskIds,
    newValue: next.centralTaskIds,
    note: context.note,
    at: context.at,
  };
}

/** One `values` event per plan, naming each indicator whose figures the audit entries record once. */
export function valuesEvents(entries: readonly Pick<AuditEntryInput, 'planId' | 'entityId'>[]): LiveEvent[] {
  const byPlan = new Map<string, Set<string>>();
  for (const { planId, entityId } of entries) {
    const ids = byPlan.get(planId) ?? new Set<string>();
    ids.add(entityId);
    byPlan.set(planId, ids);
  }
  return [...byPlan].map(([planId, ids]) => ({ type: 'values', planId, ids: [...ids] }));
}

/** One `projects` event per plan, naming each project written. */
export function projectsEvents(projects: readonly { id: string; planId: string }[]): LiveEvent[] {
  const byPlan = new Map<string, string[]>();
  for (const { id, planId } of projects) byPlan.set(planId, [...(byPlan.get(planId) ?? []), id]);
  return [...byPlan].map(([planId, ids]) => ({ type: 'projects', planId, ids }));
}
