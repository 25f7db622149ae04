/**
 * Versioned writes over SQL, each in one transaction. The version check is the write itself:
 * `UPDATE … WHERE version = expected` (or an insert that does nothing when the row exists), and
 * the affected row count decides. Two clients racing on one figure cannot both win, on SQLite
 * (writers take turns) or on PostgreSQL (the second UPDATE waits for the first to commit, then
 * finds the version moved on). Rows are read FOR UPDATE on PostgreSQL so what a write replaces is
 * exactly what its audit entry records.
 */
import type { Kysely, Transaction } from 'kysely';
import { indicatorSchema, planSchema, type Indicator, type IndicatorValue } from '../../../src/domain/model';
import { mayTakeAction, type ReviewAction } from '../../../src/domain/figureReview';
import { UnknownIndicatorError } from '../errors';
import { figureWriteAlerts, type FigureContext, type SavedFigure } from '../figureAlerts';
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
  type ActionTasks,
  type Actor,
  type ChangeFigureStatesResult,
  type FigureSentBack,
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
import { appendAuditRows } from './audit';
import type { SqlDialectName } from './dialectName';
import type { SqlEvents } from './events';
import { figureFromRow, figureRow } from './figureRows';
import { planFromRow } from './planDocuments';
import type { StoreDatabase } from './tables';

/** Thrown inside a transaction to roll it back, carrying what to answer instead. */
class StaleWrite<Answer> extends Error {
  constructor(readonly answer: Answer) {
    super('stale version');
  }
}

async function rollingBackOnStale<Answer>(work: () => Promise<Answer>): Promise<Answer> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StaleWrite) return error.answer as Answer;
    throw error;
  }
}

type Trx = Transaction<StoreDatabase>;

export class SqlWrites implements VersionedWrites {
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    private readonly dialect: SqlDialectName,
    private readonly events: SqlEvents,
  ) {}

  async saveValues(writes: FigureWrite[], actor: Actor, batchId?: string): Promise<SaveValuesResult> {
    const recordedAt = new Date().toISOString();
    return rollingBackOnStale(() =>
      this.events.write(async (trx, publish, raise) => {
        const conflicts: ValueConflict[] = [];
        const saved: IndicatorValue[] = [];
        const replaced: SavedFigure[] = [];
        const entries = [];
        for (const write of writes) {
          const planId = await this.planOfIndicator(trx, write.indicatorId);
          const previous = await this.currentFigure(trx, write.indicatorId, write.period, true);
          const next = figureFromWrite(write, actor, recordedAt, previous);
          if (!(await this.replaceFigure(trx, next, write.expectedVersion))) {
            conflicts.push(
              valueConflict(write, await this.currentFigure(trx, write.indicatorId, write.period, false)),
            );
            continue;
          }
          await trx.insertInto('value_revisions').values(figureRow(next)).execute();
          saved.push(next);
          replaced.push({ previous, next });
          entries.push(
            valueAuditEntry(previous, next, {
              actor,
              planId,
              note: write.note,
              ...(batchId === undefined ? {} : { batchId }),
              ...(write.confirmation ? { confirmation: write.confirmation } : {}),
            }),
          );
        }
        if (conflicts.length > 0) throw new StaleWrite<SaveValuesResult>({ conflicts });
        await appendAuditRows(trx, entries);
        for (const event of valuesEvents(entries)) publish(event);
        const contexts = await this.figureContexts(trx, [
          ...new Set(saved.map((figure) => figure.indicatorId)),
        ]);
        for (const alert of figureWriteAlerts(replaced, (id) => contexts.get(id))) raise(alert);
        return { saved };
      }),
    );
  }

  async changeFigureStates(
    action: ReviewAction,
    figures: FigureStateChange[],
    comment: string | null,
    actor: Actor,
    batchId?: string,
  ): Promise<ChangeFigureStatesResult> {
    const at = new Date().toISOString();
    return rollingBackOnStale(() =>
      this.events.write(async (trx, publish, raise): Promise<ChangeFigureStatesResult> => {
        const conflicts: { indicatorId: string; period: string; current: IndicatorValue | null }[] = [];
        const refused: FigureStateRefusal[] = [];
        const changed: IndicatorValue[] = [];
        const entries = [];
        const sentBack: FigureSentBack[] = [];
        for (const [index, figure] of figures.entries()) {
          const planId = await this.planOfIndicator(trx, figure.indicatorId);
          const current = await this.currentFigure(trx, figure.indicatorId, figure.period, true);
          if (!current || current.version !== figure.expectedVersion) {
            conflicts.push({ indicatorId: figure.indicatorId, period: figure.period, current });
            continue;
          }
          const state = current.review?.state ?? null;
          if (!mayTakeAction(action, state)) {
            refused.push({ index, state });
            continue;
          }
          const next = figureInNewState(current, action, comment, actor, at);
          if (!(await this.replaceFigure(trx, next, figure.expectedVersion))) {
            // The same figure twice in one request: the second finds it moved on.
            conflicts.push({
              indicatorId: figure.indicatorId,
              period: figure.period,
              current: await this.currentFigure(trx, figure.indicatorId, figure.period, false),
            });
            continue;
          }
          await trx.insertInto('value_revisions').values(figureRow(next)).execute();
          changed.push(next);
          entries.push(
            reviewAuditEntry(current, next, {
              actor,
              planId,
              action,
              comment,
              ...(batchId === undefined ? {} : { batchId }),
            }),
          );
          if (action === 'return')
            sentBack.push({
              planId,
              indicatorId: next.indicatorId,
              period: next.period,
              comment: comment ?? '',
              sentBackBy: actor,
              at,
            });
        }
        if (conflicts.length > 0) throw new StaleWrite<ChangeFigureStatesResult>({ conflicts });
        if (refused.length > 0) throw new StaleWrite<ChangeFigureStatesResult>({ refused });
        await appendAuditRows(trx, entries);
        for (const figure of sentBack) {
          const indicator = await this.storedIndicator(trx, figure.indicatorId, false);
          if (indicator) raise(sentBackAlertOf(indicator, figure));
        }
        for (const event of valuesEvents(entries)) publish(event);
        return { changed };
      }),
    );
  }

  /** The indicators with their plan's year and current figures, read inside the save. */
  private async figureContexts(trx: Trx, indicatorIds: string[]): Promise<Map<string, FigureContext>> {
    const contexts = new Map<string, FigureContext>();
    for (const indicatorId of indicatorIds) {
      const indicator = await this.storedIndicator(trx, indicatorId, false);
      if (!indicator) continue;
      const plan = await trx
        .selectFrom('plans')
        .select(['doc', 'version'])
        .where('id', '=', indicator.planId)
        .executeTakeFirst();
      if (!plan) continue;
      const rows = await trx
        .selectFrom('indicator_values')
        .selectAll()
        .where('indicator_id', '=', indicatorId)
        .execute();
      contexts.set(indicatorId, {
        indicator,
        year: planFromRow(plan).year,
        figures: rows.map(figureFromRow),
      });
    }
    return contexts;
  }

  private async planOfIndicator(trx: Trx, indicatorId: string): Promise<string> {
    const row = await trx
      .selectFrom('indicators')
      .select('plan_id')
      .where('id', '=', indicatorId)
      .executeTakeFirst();
    if (!row) throw new UnknownIndicatorError(indicatorId);
    return row.plan_id;
  }

  private async currentFigure(
    trx: Trx,
    indicatorId: string,
    period: string,
    lock: boolean,
  ): Promise<IndicatorValue | null> {
    const row = await trx
      .selectFrom('indicator_values')
      .selectAll()
      .where('indicator_id', '=', indicatorId)
      .where('period', '=', period)
      .$if(lock && this.dialect === 'postgres', (qb) => qb.forUpdate())
      .executeTakeFirst();
    return row ? figureFromRow(row) : null;
  }

  /** Writes the figure if the stored one is still at `expectedVersion` (null: none stored); true if it did. */
  private async replaceFigure(
    trx: Trx,
    next: IndicatorValue,
    expectedVersion: number | null,
  ): Promise<boolean> {
    const row = figureRow(next);
    if (expectedVersion === null) {
      const inserted = await trx
        .insertInto('indicator_values')
        .values(row)
        .onConflict((oc) => oc.columns(['indicator_id', 'period']).doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    }
    const { indicator_id: indicatorId, period, ...columns } = row;
    const updated = await trx
      .updateTable('indicator_values')
      .set(columns)
      .where('indicator_id', '=', indicatorId)
      .where('period', '=', period)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  }

  async updateIndicator(
    indicatorId: string,
    patch: IndicatorPatch,
    expectedVersion: number,
    actor: Actor,
    note = '',
  ): Promise<UpdateIndicatorResult> {
    const at = new Date().toISOString();
    return rollingBackOnStale(() =>
      this.events.write(async (trx, publish): Promise<UpdateIndicatorResult> => {
        const current = await this.storedIndicator(trx, indicatorId, true);
        if (!current) throw new UnknownIndicatorError(indicatorId);
        if (current.version !== expectedVersion) return { conflict: current };
        const { next, changes } = patchedIndicator(current, patch, at);
        if (changes.length === 0) return { indicator: current };
        const updated = await trx
          .updateTable('indicators')
          .set({ doc: JSON.stringify(next), version: next.version, updated_at: next.updatedAt })
          .where('id', '=', indicatorId)
          .where('version', '=', expectedVersion)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) {
          const latest = await this.storedIndicator(trx, indicatorId, false);
          throw new StaleWrite<UpdateIndicatorResult>({ conflict: latest ?? current });
        }
        await appendAuditRows(trx, indicatorAuditEntries(next, changes, { actor, note, at }));
        publish({ type: 'indicator', planId: next.planId, ids: [indicatorId] });
        return { indicator: next };
      }),
    );
  }

  private async storedIndicator(trx: Trx, indicatorId: string, lock: boolean): Promise<Indicator | null> {
    const row = await trx
      .selectFrom('indicators')
      .select('doc')
      .where('id', '=', indicatorId)
      .$if(lock && this.dialect === 'postgres', (qb) => qb.forUpdate())
      .executeTakeFirst();
    return row ? indicatorSchema.parse(JSON.parse(row.doc)) : null;
  }

  async updateActionTasks(
    planId: string,
    actionId: string,
    centralTaskIds: string[],
    expectedVersion: number | undefined,
    actor: Actor,
    note = '',
  ): Promise<UpdateActionTasksResult | null> {
    const at = new Date().toISOString();
    return rollingBackOnStale(() =>
      this.events.write(async (trx, publish): Promise<UpdateActionTasksResult | null> => {
        const row = await trx
          .selectFrom('plans')
          .select(['doc', 'version'])
          .where('id', '=', planId)
          .$if(this.dialect === 'postgres', (qb) => qb.forUpdate())
          .executeTakeFirst();
        if (!row) return null;
        const plan = planSchema.parse(JSON.parse(row.doc));
        const action = plan.actions.find((candidate) => candidate.id === actionId);
        if (!action) return null;
        if (expectedVersion !== undefined && expectedVersion !== row.version)
          return { conflict: { action, planVersion: row.version } };
        const nextAction = { ...action, centralTaskIds: [...centralTaskIds] };
        const nextPlan = {
          ...plan,
          actions: plan.actions.map((candidate) => (candidate.id === actionId ? nextAction : candidate)),
          version: row.version + 1,
        };
        const updated = await trx
          .updateTable('plans')
          .set({ doc: JSON.stringify(nextPlan), version: row.version + 1, updated_at: at })
          .where('id', '=', planId)
          .where('version', '=', row.version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1)
          throw new StaleWrite<ActionTasks | { conflict: ActionTasks }>({
            conflict: { action, planVersion: row.version },
          });
        await appendAuditRows(trx, [actionAuditEntry(planId, action, nextAction, { actor, note, at })]);
        publish({ type: 'plan', planId, ids: [actionId] });
        return { action: nextAction, planVersion: row.version + 1 };
      }),
    );
  }
}
