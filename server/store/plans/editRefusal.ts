/**
 * Why a plan edit was refused, thrown inside the edit's transaction so nothing it wrote is kept.
 * The API answers `notFound` 404, `conflict` 409 with what is stored now, `invalid` 400 naming the
 * field and, in both languages, what it may be.
 */
import type { Bilingual } from '../../../src/domain/model';

export type RefusalCode = 'notFound' | 'conflict' | 'invalid';

export class EditRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly field: string,
    readonly details: { current?: unknown; reason?: Bilingual } = {},
  ) {
    super(`${code}: ${field}`);
    this.name = 'EditRefusal';
  }
}

export function notFound(field: string): never {
  throw new EditRefusal('notFound', field);
}

export function stale(field: string, current: unknown): never {
  throw new EditRefusal('conflict', field, { current });
}

export function invalid(field: string, reason: Bilingual): never {
  throw new EditRefusal('invalid', field, { reason });
}
