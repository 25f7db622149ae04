/** The audit trail's table, as Kysely sees it. Old and new values are JSON text. */
import type { Generated } from 'kysely';

export interface AuditEntriesTable {
  id: Generated<number>;
  /** Canonical UTC ISO instant. */
  at: string;
  actor: string;
  actor_name: string;
  entity_type: string;
  entity_id: string;
  plan_id: string;
  period: string | null;
  field: string | null;
  old_value: string;
  new_value: string;
  note: string;
  batch_id: string | null;
}
