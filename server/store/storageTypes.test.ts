/**
 * The stores keep their own types (src/domain and the ports), not the API's wire shapes. Where the
 * routes pass a body or an answer through unchanged, the two must stay the same shape: these
 * checks fail to compile when one of them changes alone.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { AuditEntry as WireAuditEntry, AuditFilter } from '../../src/api/auditContract';
import type { IndicatorPatch as WireIndicatorPatch } from '../../src/api/definitionsContract';
import type { LiveEvent } from '../../src/api/liveContract';
import type { Snapshot } from '../../src/api/presentContract';
import type {
  ValueConflict as WireValueConflict,
  ValueWrite as WireValueWrite,
} from '../../src/api/valuesContract';
import type { AuditEntry, AuditQuery } from '../../src/domain/audit';
import type { PlanChange } from '../../src/domain/changes';
import type { StoredSnapshot } from '../../src/domain/presentations';
import type { IndicatorPatch, ValueConflict, ValueWrite } from './writesPort';

describe('storage types', () => {
  it('take what the routes pass through from the API unchanged', () => {
    expectTypeOf<AuditFilter>().toExtend<AuditQuery>();
    expectTypeOf<WireIndicatorPatch>().toEqualTypeOf<IndicatorPatch>();
    expectTypeOf<WireValueWrite>().toEqualTypeOf<ValueWrite>();
    expectTypeOf<ValueConflict>().toExtend<WireValueConflict>();
    expectTypeOf<AuditEntry>().toEqualTypeOf<WireAuditEntry>();
    expectTypeOf<PlanChange>().toEqualTypeOf<LiveEvent>();
  });

  it('keep a snapshot the API answered, which the API reads back against its plan tree', () => {
    expectTypeOf<Snapshot>().toExtend<StoredSnapshot>();
  });
});
