/**
 * Versioned writes over the memory store's maps, behaving as the SQL transactions do: every check
 * runs before anything changes, so a stale write leaves everything as it was. Browser-safe.
 */
import type { Indicator, IndicatorValue, Plan } from '../../../src/domain/model';
import { mayTakeAction, type ReviewAction } from '../../../src/domain/figureReview';
import { UnknownIndicatorError } from '../errors';
import {
  actionAuditEntry,
  figureFromWrite,
  figureInNewState,
  indicatorAuditEntries,
  patchedIndicator,
  reviewAuditEntry,
  valueAuditEntry,
  valueConflict,
  valuesEvents,
} from '../writeEntries';
import {
  sentBackAlertOf,
  type Actor,
  type ChangeFigureStatesResult,
  type FigureStateChange,
  type FigureStateRefusal,
  type FigureWrite,
  type IndicatorPatch,
  type SaveValuesResult,
  type UpdateActionTasksResult,
  type UpdateIndicatorResult,
  type ValueConflict,
  type VersionedWrites,
} from '../writesPort';
import { figureWriteAlerts, type FigureContext } from '../figureAlerts';
import type { MemoryAlerts } from './alerts';
import type { MemoryAudit } from './audit';
import type { MemoryEvents } from './events';

/** The parts of the memory store that versioned writes read and change. */
export interface MemoryWriteState {
  indicator(indicatorId: string): Indicator | undefined;
  replaceIndicator(indicator: Indicator): void;
  plan(planId: string): Plan | undefined;
  replacePlan(plan: Plan): void;
  currentFigure(indicatorId: string, period: string): IndicatorValue | undefined;
  /** Makes the figure current and appends it to the revisions. */
  writeFigure(figure: IndicatorValue): void;
  /** The indicator with its plan's year and current figures (after the save, once written). */
  figureContext(indicatorId: string): FigureContext | undefined;
  alerts: MemoryAlerts;
  audit: MemoryAudit;
  events: MemoryEvents;
}

function figureKeyOf(figure: FigureStateChange): { indicatorId: string; period: string } {
  return { indicatorId: figure.indicatorId, period: figure.period };
}

export class MemoryWrites implements VersionedWrites {
  constructor(private readonly state: MemoryWriteState) {}

  async saveValues(writes: FigureWrite[], actor: Actor, batchId?: string): Promise<SaveValuesResult> {
    const recordedAt = new Date().toISOString();
    const conflicts: ValueConflict[] = [];
    const pending = new Map<string, IndicatorValue>();
    const planned: {
      previous: IndicatorValue | null;
      next: IndicatorValue;
      planId: string;
      note: string;
      confirmation?: { reason: string };
    }[] = [];
    for (const write of writes) {
      const indicator = this.state.indicator(write.indicatorId);
      if (!indicator) throw new UnknownIndicatorError(write.indicatorId);
      const key = JSON.stringify([write.indicatorId, write.period]);
      const previous = pending.get(key) ?? this.state.currentFigure(write.indicatorId, write.period) ?? null;
      if ((previous?.version ?? null) !== write.expectedVersion) {
        conflicts.push(
          valueConflict(
            write,
            structuredClone(this.state.currentFigure(write.indicatorId, write.period) ?? null),
          ),
        );
        continue;
      }
      const next = figureFromWrite(write, actor, recordedAt, previous);
      pending.set(key, next);
      planned.push({
        previous,
        next,
        planId: indicator.planId,
        note: write.note,
        ...(write.confirmation ? { confirmation: write.confirmation } : {}),
      });
    }
    if (conflicts.length > 0) return { conflicts };
    const entries = planned.map(({ previous, next, planId, note, confirmation }) =>
      valueAuditEntry(previous, next, {
        actor,
        planId,
        note,
        ...(batchId === undefined ? {} : { batchId }),
        ...(confirmation ? { confirmation } : {}),
      }),
    );
    this.state.audit.appendNow(entries);
    for (const { next } of planned) this.state.writeFigure(structuredClone(next));
    this.state.alerts.raiseNow(...figureWriteAlerts(planned, (id) => this.state.figureContext(id)));
    this.state.events.record(...valuesEvents(entries));
    return { saved: structuredClone(planned.map(({ next }) => next)) };
  }

  async changeFigureStates(
    action: ReviewAction,
    figures: FigureStateChange[],
    comment: string | null,
    actor: Actor,
    batchId?: string,
  ): Promise<ChangeFigureStatesResult> {
    const at = new Date().toISOString();
    const conflicts: { indicatorId: string; period: string; current: IndicatorValue | null }[] = [];
    const refused: FigureStateRefusal[] = [];
    const planned: { previous: IndicatorValue; next: IndicatorValue; planId: string }[] = [];
    const seen = new Set<string>();
    figures.forEach((figure, index) => {
      const indicator = this.state.indicator(figure.indicatorId);
      if (!indicator) throw new UnknownIndicatorError(figure.indicatorId);
      const current = this.state.currentFigure(figure.indicatorId, figure.period) ?? null;
      const key = JSON.stringify([figure.indicatorId, figure.period]);
      if (!current || current.version !== figure.expectedVersion || seen.has(key)) {
        conflicts.push({ ...figureKeyOf(figure), current: structuredClone(current) });
        return;
      }
      seen.add(key);
      const state = current.review?.state ?? null;
      if (!mayTakeAction(action, state)) {
        refused.push({ index, state });
        return;
      }
      planned.push({
        previous: current,
        next: figureInNewState(current, action, comment, actor, at),
        planId: indicator.planId,
      });
    });
    if (conflicts.length > 0) return { conflicts };
    if (refused.length > 0) return { refused };
    const entries = planned.map(({ previous, next, planId }) =>
      reviewAuditEntry(previous, next, {
        actor,
        planId,
        action,
        comment,
        ...(batchId === undefined ? {} : { batchId }),
      }),
    );
    this.state.audit.appendNow(entries);
    for (const { next } of planned) this.state.writeFigure(structuredClone(next));
    if (action === 'return')
      for (const { next, planId } of planned) {
        const indicator = this.state.figureContext(next.indicatorId)?.indicator;
        const figure = {
          planId,
          indicatorId: next.indicatorId,
          period: next.period,
          comment: comment ?? '',
          sentBackBy: actor,
          at,
        };
        if (indicator) this.state.alerts.raiseNow(sentBackAlertOf(indicator, figure));
      }
    this.state.events.record(...valuesEvents(entries));
    return { changed: structuredClone(planned.map(({ next }) => next)) };
  }

  async updateIndicator(
    indicatorId: string,
    patch: IndicatorPatch,
    expectedVersion: number,
    actor: Actor,
    note = '',
  ): Promise<UpdateIndicatorResult> {
    const current = this.state.indicator(indicatorId);
    if (!current) throw new UnknownIndicatorError(indicatorId);
    if (current.version !== expectedVersion) return { conflict: structuredClone(current) };
    const at = new Date().toISOString();
    const { next, changes } = patchedIndicator(current, patch, at);
    if (changes.length === 0) return { indicator: structuredClone(current) };
    this.state.audit.appendNow(indicatorAuditEntries(next, changes, { actor, note, at }));
    this.state.replaceIndicator(structuredClone(next));
    this.state.events.record({ type: 'indicator', planId: next.planId, ids: [indicatorId] });
    return { indicator: structuredClone(next) };
  }

  async updateActionTasks(
    planId: string,
    actionId: string,
    centralTaskIds: string[],
    expectedVersion: number | undefined,
    actor: Actor,
    note = '',
  ): Promise<UpdateActionTasksResult | null> {
    const plan = this.state.plan(planId);
    const action = plan?.actions.find((candidate) => candidate.id === actionId);
    if (!plan || !action) return null;
    const planVersion = plan.version;
    if (expectedVersion !== undefined && expectedVersion !== planVersion)
      return { conflict: { action: structuredClone(action), planVersion } };
    const nextAction = { ...structuredClone(action), centralTaskIds: [...centralTaskIds] };
    const at = new Date().toISOString();
    this.state.audit.appendNow([actionAuditEntry(planId, action, nextAction, { actor, note, at })]);
    this.state.replacePlan({
      ...structuredClone(plan),
      actions: plan.actions.map((candidate) =>
        candidate.id === actionId ? nextAction : structuredClone(candidate),
      ),
      version: planVersion + 1,
    });
    this.state.events.record({ type: 'plan', planId, ids: [actionId] });
    return { action: structuredClone(nextAction), planVersion: planVersion + 1 };
  }
}
