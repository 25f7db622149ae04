/**
 * The audit trail over SQL (both dialects). `appendAuditRows` also runs inside the transaction
 * of a versioned write, so a change and its audit entry are stored together or not at all.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import {
  auditEntryInputSchema,
  auditEntrySchema,
  type AuditEntry,
  type AuditEntryInput,
  type AuditQuery,
} from '../../../src/domain/audit';
import { auditListMaximum, auditTimeBounds, indicatorEntityTypes } from '../auditFilter';
import type { AuditPort } from '../auditPort';
import { canonicalInstant } from '../instant';
import type { AuditEntriesTable } from './auditTables';
import type { StoreDatabase } from './tables';

type Executor = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

export async function appendAuditRows(db: Executor, entries: AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const now = new Date().toISOString();
  const rows = entries.map((input) => {
    const entry = auditEntryInputSchema.parse(input);
    return {
      at: canonicalInstant(entry.at ?? now),
      actor: entry.actor,
      actor_name: entry.actorName,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      plan_id: entry.planId,
      period: entry.period ?? null,
      field: entry.field ?? null,
      old_value: JSON.stringify(entry.oldValue),
      new_value: JSON.stringify(entry.newValue),
      note: entry.note,
      batch_id: entry.batchId ?? null,
    };
  });
  for (let start = 0; start < rows.length; start += 100) {
    await db
      .insertInto('audit_entries')
      .values(rows.slice(start, start + 100))
      .execute();
  }
}

function entryFromRow(row: Selectable<AuditEntriesTable>): AuditEntry {
  return auditEntrySchema.parse({
    id: String(row.id),
    at: row.at,
    actor: row.actor,
    actorName: row.actor_name,
    entityType: row.entity_type,
    entityId: row.entity_id,
    planId: row.plan_id,
    ...(row.period === null ? {} : { period: row.period }),
    ...(row.field === null ? {} : { field: row.field }),
    oldValue: JSON.parse(row.old_value) as unknown,
    newValue: JSON.parse(row.new_value) as unknown,
    note: row.note,
    ...(row.batch_id === null ? {} : { batchId: row.batch_id }),
  });
}

export class SqlAudit implements AuditPort {
  constructor(private readonly db: Kysely<StoreDatabase>) {}

  async append(entries: AuditEntryInput[]): Promise<void> {
    await this.db.transaction().execute((trx) => appendAuditRows(trx, entries));
  }

  async list(filter: AuditQuery): Promise<AuditEntry[]> {
    const { from, to } = auditTimeBounds(filter);
    const rows = await this.db
      .selectFrom('audit_entries')
      .selectAll()
      .$if(filter.planId !== undefined, (qb) => qb.where('plan_id', '=', filter.planId ?? ''))
      .$if(filter.indicatorId !== undefined, (qb) =>
        qb
          .where('entity_type', 'in', [...indicatorEntityTypes])
          .where('entity_id', '=', filter.indicatorId ?? ''),
      )
      .$if(filter.entityType !== undefined, (qb) => qb.where('entity_type', '=', filter.entityType ?? ''))
      .$if((filter.excludeEntityTypes ?? []).length > 0, (qb) =>
        qb.where('entity_type', 'not in', filter.excludeEntityTypes ?? []),
      )
      .$if(filter.entityId !== undefined, (qb) => qb.where('entity_id', '=', filter.entityId ?? ''))
      .$if(filter.actor !== undefined, (qb) => qb.where('actor', '=', filter.actor ?? ''))
      .$if(filter.batchId !== undefined, (qb) => qb.where('batch_id', '=', filter.batchId ?? ''))
      .$if(from !== undefined, (qb) => qb.where('at', '>=', from ?? ''))
      .$if(to !== undefined, (qb) => qb.where('at', '<=', to ?? ''))
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(Math.min(filter.limit ?? auditListMaximum, auditListMaximum))
      .offset(filter.offset ?? 0)
      .execute();
    return rows.map(entryFromRow);
  }
}
