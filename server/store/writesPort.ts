/**
 * Versioned writes: figures, indicator definitions and the action ↔ central task mapping. Each
 * write names the version it read; a stale one changes nothing and reports what is stored now.
 * Every change appends an audit entry in the same transaction, and a figure keeps all its revisions.
 */
import type { CampaignAction, Indicator, IndicatorValue } from '../../src/domain/model';
import type { IndicatorPatch } from '../../src/api/definitionsContract';
import type { ValueConflict, ValueWrite } from '../../src/api/valuesContract';

export type { IndicatorPatch, ValueConflict, ValueWrite };

/** One figure to save: a grid write with the period it is for. */
export type FigureWrite = ValueWrite & { period: string };

/** Who makes a change: the username is stored in the audit trail, the display name shown as recordedBy. */
export interface Actor {
  username: string;
  displayName: string;
}

export type SaveValuesResult = { saved: IndicatorValue[] } | { conflicts: ValueConflict[] };
export type UpdateIndicatorResult = { indicator: Indicator } | { conflict: Indicator };

export interface ActionTasks {
  action: CampaignAction;
  planVersion: number;
}
export type UpdateActionTasksResult = ActionTasks | { conflict: ActionTasks };

export interface VersionedWrites {
  /**
   * All or nothing: when any write's expected version is stale (or it expects to create a figure
   * that exists), nothing is saved and every stale write is reported with the stored figure.
   * Saved figures are real (isDemo false), recorded now by the actor, version expected + 1 (1 when
   * created). Throws UnknownIndicatorError for an unknown indicator.
   */
  saveValues(writes: FigureWrite[], actor: Actor, batchId?: string): Promise<SaveValuesResult>;

  /**
   * Applies the patch when the indicator is still at `expectedVersion`, with one audit entry per
   * changed field. A patch that changes nothing leaves the version as it is. Throws
   * UnknownIndicatorError for an unknown indicator.
   */
  updateIndicator(
    indicatorId: string,
    patch: IndicatorPatch,
    expectedVersion: number,
    actor: Actor,
    note?: string,
  ): Promise<UpdateIndicatorResult>;

  /**
   * Sets which central tasks an action serves; with `expectedVersion`, only while the plan is
   * still at that version. Null for an unknown plan or action. Task ids are not checked here.
   */
  updateActionTasks(
    planId: string,
    actionId: string,
    centralTaskIds: string[],
    expectedVersion: number | undefined,
    actor: Actor,
    note?: string,
  ): Promise<UpdateActionTasksResult | null>;
}
