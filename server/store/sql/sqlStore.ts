/**
 * The store over SQL, one set of Kysely queries for SQLite and PostgreSQL alike. Documents are
 * validated with the domain's zod schemas on the way in and on the way out.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import {
  departmentSchema,
  indicatorSchema,
  indicatorValueSchema,
  planSchema,
  planSummarySchema,
  workItemSchema,
  type Indicator,
  type IndicatorValue,
  type Plan,
  type PlanSummary,
} from '../../../src/domain/model';
import { UnknownIndicatorError } from '../errors';
import { canonicalInstant } from '../instant';
import { byId, byIndicatorThenPeriod, byOrderThenId } from '../ordering';
import { storedProject } from '../storedProject';
import type { PlanContents, SeedData, Store, ValuesFilter } from '../port';
import type { FigureView } from '../../../src/domain/figureReview';
import { SqlAccounts } from './accounts';
import { SqlAlerts } from './alerts';
import { SqlAudit } from './audit';
import { SqlAccountability } from './accountability';
import { SqlPresentations } from './presentations';
import { insertProjectRows, removeDemoProjects, SqlProjects } from './projects';
import type { SqlDialectName } from './dialectName';
import { SqlEvents } from './events';
import { figureFromRow, figureRow } from './figureRows';
import type { StoreDatabase } from './tables';
import { SqlWrites } from './writes';
import { planFromRow, sqlPlanDocuments } from './planDocuments';
import { PlanEditing } from '../plans/planEditing';
import { pendingMigrations } from './migrations';

/** Rows per INSERT statement, well below SQLite's limit on bound parameters. */
const rowsPerInsert = 200;

function inChunks<T>(rows: T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += rowsPerInsert)
    chunks.push(rows.slice(start, start + rowsPerInsert));
  return chunks;
}

export class SqlStore implements Store {
  readonly accounts: SqlAccounts;
  readonly audit: SqlAudit;
  readonly presentations: SqlPresentations;
  readonly accountability: SqlAccountability;
  readonly projects: SqlProjects;
  readonly events: SqlEvents;
  readonly alerts: SqlAlerts;

  constructor(
    private readonly db: Kysely<StoreDatabase>,
    readonly kind: SqlDialectName,
    /** PostgreSQL: the schema that holds the migrations' bookkeeping. */
    private readonly migrationSchema?: string,
  ) {
    this.events = new SqlEvents(db, kind);
    this.accounts = new SqlAccounts(db, kind);
    this.alerts = new SqlAlerts(db, this.events);
    this.audit = new SqlAudit(db);
    this.presentations = new SqlPresentations(db, this.events);
    this.accountability = new SqlAccountability(db, this.events);
    this.projects = new SqlProjects(db, this.events);
    this.#writes = new SqlWrites(db, kind, this.events);
    this.planEditing = new PlanEditing(sqlPlanDocuments(this.events, kind));
  }

  readonly planEditing: PlanEditing;

  readonly #writes: SqlWrites;
  readonly saveValues: SqlWrites['saveValues'] = (...args) => this.#writes.saveValues(...args);
  readonly changeFigureStates: SqlWrites['changeFigureStates'] = (...args) =>
    this.#writes.changeFigureStates(...args);
  readonly updateIndicator: SqlWrites['updateIndicator'] = (...args) => this.#writes.updateIndicator(...args);
  readonly updateActionTasks: SqlWrites['updateActionTasks'] = (...args) =>
    this.#writes.updateActionTasks(...args);

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  pendingMigrations(): Promise<string[]> {
    return pendingMigrations(this.db, this.kind, this.migrationSchema);
  }

  async isEmpty(): Promise<boolean> {
    const anyPlan = await this.db.selectFrom('plans').select('id').limit(1).executeTakeFirst();
    return anyPlan === undefined;
  }

  async seed(data: SeedData): Promise<void> {
    const plan = planSchema.parse(data.plan);
    const indicators = data.indicators.map((indicator) => indicatorSchema.parse(indicator));
    const workItems = data.workItems.map((item) => workItemSchema.parse(item));
    const values = data.values.map((value) => indicatorValueSchema.parse(value));
    const projects = (data.projects ?? []).map(storedProject);
    const departments = (data.departments ?? []).map((department) => departmentSchema.parse(department));
    const now = new Date().toISOString();

    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('plans')
        .values({ id: plan.id, doc: JSON.stringify(plan), version: plan.version, updated_at: now })
        .execute();
      for (const chunk of inChunks(indicators)) {
        await trx
          .insertInto('indicators')
          .values(
            chunk.map((indicator) => ({
              id: indicator.id,
              plan_id: indicator.planId,
              action_id: indicator.actionId,
              ord: indicator.order,
              doc: JSON.stringify(indicator),
              version: indicator.version,
              updated_at: indicator.updatedAt,
            })),
          )
          .execute();
      }
      for (const chunk of inChunks(workItems)) {
        await trx
          .insertInto('work_items')
          .values(
            chunk.map((item) => ({
              id: item.id,
              plan_id: item.planId,
              action_id: item.actionId,
              ord: item.order,
              doc: JSON.stringify(item),
              version: item.version,
              updated_at: now,
            })),
          )
          .execute();
      }
      for (const chunk of inChunks(values.map(figureRow))) {
        await trx.insertInto('indicator_values').values(chunk).execute();
        await trx.insertInto('value_revisions').values(chunk).execute();
      }
      if (departments.length > 0)
        await trx
          .insertInto('departments')
          .values(
            departments.map((department) => ({
              id: department.id,
              organisation: department.organisation,
              doc: JSON.stringify(department),
              version: department.version,
              updated_at: now,
            })),
          )
          .execute();
      await insertProjectRows(trx, projects);
    });
  }

  async listPlans(): Promise<PlanSummary[]> {
    const rows = await this.db.selectFrom('plans').select(['doc', 'version']).execute();
    return rows.map((row) => planSummarySchema.parse(planFromRow(row))).sort(byId);
  }

  async getPlan(planId: string): Promise<PlanContents | null> {
    const planRow = await this.db
      .selectFrom('plans')
      .select(['doc', 'version'])
      .where('id', '=', planId)
      .executeTakeFirst();
    if (!planRow) return null;
    const indicatorRows = await this.db
      .selectFrom('indicators')
      .select('doc')
      .where('plan_id', '=', planId)
      .execute();
    const workItemRows = await this.db
      .selectFrom('work_items')
      .select('doc')
      .where('plan_id', '=', planId)
      .execute();
    return {
      plan: planFromRow(planRow),
      indicators: indicatorRows.map((row) => indicatorSchema.parse(JSON.parse(row.doc))).sort(byOrderThenId),
      workItems: workItemRows.map((row) => workItemSchema.parse(JSON.parse(row.doc))).sort(byOrderThenId),
    };
  }

  async findPlan(planId: string): Promise<Plan | null> {
    const row = await this.db
      .selectFrom('plans')
      .select(['doc', 'version'])
      .where('id', '=', planId)
      .executeTakeFirst();
    return row ? planFromRow(row) : null;
  }

  async getIndicator(indicatorId: string): Promise<Indicator | null> {
    const row = await this.db
      .selectFrom('indicators')
      .select('doc')
      .where('id', '=', indicatorId)
      .executeTakeFirst();
    return row ? indicatorSchema.parse(JSON.parse(row.doc)) : null;
  }

  async listValues(filter: ValuesFilter): Promise<IndicatorValue[]> {
    const view = filter.view ?? 'current';
    const rows =
      filter.cutoff === undefined && view === 'current'
        ? await this.currentFigures(filter)
        : await this.latestRevisions(
            filter,
            filter.cutoff === undefined ? null : canonicalInstant(filter.cutoff),
            view,
          );
    return rows.map(figureFromRow).sort(byIndicatorThenPeriod);
  }

  private currentFigures(filter: { planId: string; indicatorId?: string }) {
    return this.db
      .selectFrom('indicator_values as v')
      .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
      .selectAll('v')
      .where('i.plan_id', '=', filter.planId)
      .$if(filter.indicatorId !== undefined, (qb) =>
        qb.where('v.indicator_id', '=', filter.indicatorId ?? ''),
      )
      .execute();
  }

  /**
   * The latest revision per (indicator, period) recorded at or before the cutoff (if any), of
   * those the view shows (src/domain/figureReview.ts).
   */
  private latestRevisions(
    filter: { planId: string; indicatorId?: string },
    cutoff: string | null,
    view: FigureView,
  ) {
    const shownStates = view === 'withPending' ? ['approved', 'submitted'] : ['approved'];
    return this.db
      .selectFrom('value_revisions as r')
      .innerJoin('indicators as i', 'i.id', 'r.indicator_id')
      .selectAll('r')
      .where('i.plan_id', '=', filter.planId)
      .$if(filter.indicatorId !== undefined, (qb) =>
        qb.where('r.indicator_id', '=', filter.indicatorId ?? ''),
      )
      .$if(cutoff !== null, (qb) => qb.where('r.recorded_at', '<=', cutoff ?? ''))
      .$if(view !== 'current', (qb) =>
        qb.where((eb) => eb.or([eb('r.review_state', 'is', null), eb('r.review_state', 'in', shownStates)])),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('value_revisions as later')
              .select('later.id')
              .whereRef('later.indicator_id', '=', 'r.indicator_id')
              .whereRef('later.period', '=', 'r.period')
              .$if(cutoff !== null, (qb) => qb.where('later.recorded_at', '<=', cutoff ?? ''))
              .$if(view !== 'current', (qb) =>
                qb.where((eb) =>
                  eb.or([eb('later.review_state', 'is', null), eb('later.review_state', 'in', shownStates)]),
                ),
              )
              .where((eb) =>
                eb.or([
                  eb('later.recorded_at', '>', eb.ref('r.recorded_at')),
                  eb.and([
                    eb('later.recorded_at', '=', eb.ref('r.recorded_at')),
                    eb('later.id', '>', eb.ref('r.id')),
                  ]),
                ]),
              ),
          ),
        ),
      )
      .execute();
  }

  async recordValue(value: IndicatorValue): Promise<void> {
    const row = figureRow(indicatorValueSchema.parse(value));
    await this.events.write(async (trx, publish) => {
      const indicator = await trx
        .selectFrom('indicators')
        .select(['id', 'plan_id'])
        .where('id', '=', row.indicator_id)
        .executeTakeFirst();
      if (!indicator) throw new UnknownIndicatorError(row.indicator_id);
      await trx
        .insertInto('indicator_values')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['indicator_id', 'period']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            judgement: eb.ref('excluded.judgement'),
            achieved_on: eb.ref('excluded.achieved_on'),
            note: eb.ref('excluded.note'),
            source: eb.ref('excluded.source'),
            is_demo: eb.ref('excluded.is_demo'),
            recorded_by: eb.ref('excluded.recorded_by'),
            recorded_at: eb.ref('excluded.recorded_at'),
            version: eb.ref('excluded.version'),
          })),
        )
        .execute();
      await trx.insertInto('value_revisions').values(row).execute();
      publish({ type: 'values', planId: indicator.plan_id, ids: [row.indicator_id] });
    });
  }

  async hasDemoData(planId: string): Promise<boolean> {
    const demo = await this.db
      .selectFrom('indicator_values as v')
      .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
      .select('v.indicator_id')
      .where('i.plan_id', '=', planId)
      .where('v.is_demo', '=', 1)
      .limit(1)
      .executeTakeFirst();
    return demo !== undefined || (await this.projects.hasDemo(planId));
  }

  async removeDemoData(planId: string): Promise<number> {
    return this.events.write(async (trx, publish) => {
      const indicatorIds = (await indicatorsOfPlan(trx, planId).execute()).map((row) => row.id);
      await trx
        .deleteFrom('value_revisions')
        .where('is_demo', '=', 1)
        .where('indicator_id', 'in', indicatorsOfPlan(trx, planId))
        .execute();
      const removed = await trx
        .deleteFrom('indicator_values')
        .where('is_demo', '=', 1)
        .where('indicator_id', 'in', indicatorsOfPlan(trx, planId))
        .executeTakeFirst();
      const removedProjects = await removeDemoProjects(trx, planId);
      const count = Number(removed.numDeletedRows);
      if (count > 0) publish({ type: 'values', planId, ids: indicatorIds });
      if (removedProjects > 0) publish({ type: 'projects', planId, ids: [] });
      return count;
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

function indicatorsOfPlan(trx: Transaction<StoreDatabase>, planId: string) {
  return trx.selectFrom('indicators').select('id').where('plan_id', '=', planId);
}
