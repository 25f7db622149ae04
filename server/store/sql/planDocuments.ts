/**
 * Plan editing over SQL: each unit of work is one transaction (both dialects), which stores its
 * live events in the change log with it. Rows are read FOR
 * UPDATE on PostgreSQL; a write replaces a row only `WHERE version = expected`, and a create
 * inserts only when the id is free, so the affected row count decides. Documents are JSON.
 */
import type { Transaction } from 'kysely';
import {
  benchmarkSeriesSchema,
  departmentSchema,
  indicatorSchema,
  planSchema,
  workItemSchema,
  type Plan,
} from '../../../src/domain/model';
import { byId, byOrderThenId } from '../ordering';
import type { PlanDocuments, RunPlanDocuments } from '../plans/documentsPort';
import { appendAuditRows } from './audit';
import type { SqlDialectName } from './dialectName';
import type { SqlEvents } from './events';
import type { StoreDatabase } from './tables';

type Trx = Transaction<StoreDatabase>;

/** The plan document with the version its row holds (the row is the authority). */
export function planFromRow(row: { doc: string; version: number }): Plan {
  return planSchema.parse({ ...(JSON.parse(row.doc) as object), version: row.version });
}

function changed(result: { numUpdatedRows?: bigint; numInsertedOrUpdatedRows?: bigint }): boolean {
  return Number(result.numUpdatedRows ?? result.numInsertedOrUpdatedRows ?? 0) === 1;
}

type DocTable = 'plans' | 'indicators' | 'work_items' | 'benchmark_series' | 'departments';

export function sqlPlanDocuments(events: SqlEvents, dialect: SqlDialectName): RunPlanDocuments {
  return (work) => events.write((trx, publish) => work(documentsOf(trx, dialect), publish));
}

function documentsOf(trx: Trx, dialect: SqlDialectName): PlanDocuments {
  const lock = dialect === 'postgres';
  async function docById(table: DocTable, id: string) {
    return trx
      .selectFrom(table)
      .select(['doc', 'version'])
      .where('id', '=', id)
      .$if(lock, (qb) => qb.forUpdate())
      .executeTakeFirst();
  }
  async function put(
    table: DocTable,
    row: { id: string; doc: string; version: number; updated_at: string } & Record<string, unknown>,
    expectedVersion: number | null,
  ): Promise<boolean> {
    if (expectedVersion === null) {
      const inserted = await trx
        .insertInto(table)
        .values(row as never)
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      return changed(inserted);
    }
    const { id, ...columns } = row;
    const updated = await trx
      .updateTable(table)
      .set(columns as never)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return changed(updated);
  }
  const now = () => new Date().toISOString();
  return {
    async plan(planId) {
      const row = await docById('plans', planId);
      return row ? planFromRow(row) : null;
    },
    async plans() {
      const rows = await trx.selectFrom('plans').select(['doc', 'version']).execute();
      return rows.map(planFromRow).sort(byId);
    },
    async indicator(indicatorId) {
      const row = await docById('indicators', indicatorId);
      return row ? indicatorSchema.parse(JSON.parse(row.doc)) : null;
    },
    async indicators(planId) {
      const rows = await trx.selectFrom('indicators').select('doc').where('plan_id', '=', planId).execute();
      return rows.map((row) => indicatorSchema.parse(JSON.parse(row.doc))).sort(byOrderThenId);
    },
    async workItem(workItemId) {
      const row = await docById('work_items', workItemId);
      return row ? workItemSchema.parse(JSON.parse(row.doc)) : null;
    },
    async workItems(planId) {
      const rows = await trx.selectFrom('work_items').select('doc').where('plan_id', '=', planId).execute();
      return rows.map((row) => workItemSchema.parse(JSON.parse(row.doc))).sort(byOrderThenId);
    },
    async benchmark(seriesId) {
      const row = await docById('benchmark_series', seriesId);
      return row ? benchmarkSeriesSchema.parse(JSON.parse(row.doc)) : null;
    },
    async benchmarks(planId) {
      const rows = await trx
        .selectFrom('benchmark_series')
        .select('doc')
        .where('plan_id', '=', planId)
        .execute();
      return rows.map((row) => benchmarkSeriesSchema.parse(JSON.parse(row.doc))).sort(byId);
    },
    async department(departmentId) {
      const row = await docById('departments', departmentId);
      return row ? departmentSchema.parse(JSON.parse(row.doc)) : null;
    },
    async departments(organisation) {
      const rows = await trx
        .selectFrom('departments')
        .select('doc')
        .$if(organisation !== undefined, (qb) => qb.where('organisation', '=', organisation ?? ''))
        .execute();
      return rows.map((row) => departmentSchema.parse(JSON.parse(row.doc))).sort(byId);
    },
    async hasFigures(indicatorId) {
      const row = await trx
        .selectFrom('value_revisions')
        .select('indicator_id')
        .where('indicator_id', '=', indicatorId)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    putPlan(plan, expectedVersion) {
      const doc = planSchema.parse(plan);
      return put(
        'plans',
        { id: doc.id, doc: JSON.stringify(doc), version: doc.version, updated_at: now() },
        expectedVersion,
      );
    },
    putIndicator(indicator, expectedVersion) {
      const doc = indicatorSchema.parse(indicator);
      return put(
        'indicators',
        {
          id: doc.id,
          plan_id: doc.planId,
          action_id: doc.actionId,
          ord: doc.order,
          doc: JSON.stringify(doc),
          version: doc.version,
          updated_at: doc.updatedAt,
        },
        expectedVersion,
      );
    },
    putWorkItem(item, expectedVersion) {
      const doc = workItemSchema.parse(item);
      return put(
        'work_items',
        {
          id: doc.id,
          plan_id: doc.planId,
          action_id: doc.actionId,
          ord: doc.order,
          doc: JSON.stringify(doc),
          version: doc.version,
          updated_at: now(),
        },
        expectedVersion,
      );
    },
    putBenchmark(series, expectedVersion) {
      const doc = benchmarkSeriesSchema.parse(series);
      return put(
        'benchmark_series',
        {
          id: doc.id,
          plan_id: doc.planId,
          doc: JSON.stringify(doc),
          version: doc.version,
          updated_at: now(),
        },
        expectedVersion,
      );
    },
    putDepartment(department, expectedVersion) {
      const doc = departmentSchema.parse(department);
      return put(
        'departments',
        {
          id: doc.id,
          organisation: doc.organisation,
          doc: JSON.stringify(doc),
          version: doc.version,
          updated_at: now(),
        },
        expectedVersion,
      );
    },
    appendAudit: (entries) => appendAuditRows(trx, entries),
  };
}
