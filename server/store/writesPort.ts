/**
 * Versioned writes: figures, indicator definitions and the action ↔ central task mapping. Each
 * write names the version it read; a stale one changes nothing and reports what is stored now.
 * Every change appends an audit entry in the same transaction, and a figure keeps all its revisions.
 */
import { sentBackAlert, type AlertInput } from '../../src/domain/alerts/alertRules';
import type { FigureState, ReviewAction } from '../../src/domain/figureReview';
import type {
  Bilingual,
  CampaignAction,
  Indicator,
  IndicatorValue,
  IsoDate,
  Judgement,
  Period,
  PlannedPoint,
  Threshold,
  Tolerances,
} from '../../src/domain/model';

/**
 * One figure a writer hands the store: the indicator, the figure, and the version read (null when
 * none was stored). The API's grid and form bodies carry exactly these fields.
 */
export interface ValueWrite {
  indicatorId: string;
  value: number | null;
  judgement?: Judgement | null;
  achievedOn?: IsoDate | null;
  note: string;
  source?: string | null;
  expectedVersion: number | null;
  /** A figure far from its history, confirmed with the reason; kept in the audit entry. */
  confirmation?: { reason: string };
  /** Under review: true sends the figure for review (已报送), otherwise it is kept as a draft. */
  submit?: boolean;
}

/** A write whose expected version is stale: what is stored now, and the write. */
export interface ValueConflict {
  indicatorId: string;
  period: Period;
  current: IndicatorValue | null;
  mine: ValueWrite;
}

/** The editable parts of an indicator's definition; what is left out stays as it is. */
export interface IndicatorPatch {
  thresholds?: Threshold[];
  tolerances?: Tolerances | null;
  plannedPath?: PlannedPoint[] | null;
  leadDepartment?: string | null;
  definition?: Bilingual | null;
  dataSource?: Bilingual;
}

/**
 * One figure to save: a grid write with the period it is for and, when its plan's figures are
 * reviewed, the state it is saved in (草稿 or 已报送); none when review is off.
 */
export type FigureWrite = ValueWrite & { period: string; reviewState?: 'draft' | 'submitted' };

/** One figure whose review state is to change, at the version the changer read. */
export interface FigureStateChange {
  indicatorId: string;
  period: string;
  expectedVersion: number;
}

/** A figure whose state may not take the action (approving a draft, say), by its place in the request. */
export interface FigureStateRefusal {
  index: number;
  state: FigureState | null;
}

export type ChangeFigureStatesResult =
  | { changed: IndicatorValue[] }
  | { conflicts: { indicatorId: string; period: string; current: IndicatorValue | null }[] }
  | { refused: FigureStateRefusal[] };

/** A figure the office sent back, as the alerts hear of it. */
export interface FigureSentBack {
  planId: string;
  indicatorId: string;
  period: string;
  comment: string;
  sentBackBy: Actor;
  at: string;
}

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
   * Moves figures through the review (报送, 审核通过, 退回), all or nothing: when any figure is
   * stale (or not stored) nothing changes and every stale one is reported; when any is in a state
   * the action does not apply to, nothing changes and those are reported. Each change is a new
   * revision (version + 1, recorded now, the value as it was) with one audit entry. A comment goes
   * with a figure sent back (and may go with an approval). Throws UnknownIndicatorError for an
   * unknown indicator. Who may take the action is the caller's to check.
   */
  changeFigureStates(
    action: ReviewAction,
    figures: FigureStateChange[],
    comment: string | null,
    actor: Actor,
    batchId?: string,
  ): Promise<ChangeFigureStatesResult>;

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

/** The alert of a figure sent back (src/domain/alerts), raised in the change that sends it back. */
export function sentBackAlertOf(indicator: Indicator, figure: FigureSentBack): AlertInput {
  return sentBackAlert({
    indicator,
    period: figure.period,
    comment: figure.comment,
    sentBy: figure.sentBackBy.displayName,
  });
}
