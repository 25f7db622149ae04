/**
 * Reading a refused write: which field the server named (so its message shows beside that field)
 * and, for a stale write (409), what is stored now.
 */
import { ApiError } from '../../api/client';
import { fieldReason } from '../../api/fieldReason';
import type { Bilingual } from '../../domain/model';

/** The wrappers a body puts fields in (`patch.name.zh`, `plan.year`): a form names the field without them. */
const bodyWrappers = new Set([
  'plan',
  'patch',
  'indicator',
  'workItem',
  'series',
  'department',
  'centralTask',
  'action',
  'assignments',
]);

/** The field the server refused, without its body wrapper, or null. */
export function refusedField(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.field) return null;
  if (error.code !== 'invalidBody' && error.code !== 'invalidParameter') return null;
  const [first, ...rest] = error.field.split('.');
  return first !== undefined && bodyWrappers.has(first) && rest.length > 0 ? rest.join('.') : error.field;
}

/**
 * What the server said (in the user's language) when it refused `field` or a part of it, for
 * showing beside that field: without the field path the label already names.
 */
export function serverErrorFor(error: unknown, field: string): string | null {
  const refused = refusedField(error);
  if (refused === null || !(error instanceof ApiError)) return null;
  return refused === field || refused.startsWith(`${field}.`) ? fieldReason(error) : null;
}

export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'conflict';
}

function isBilingual(value: unknown): value is Bilingual {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).zh === 'string' &&
    typeof (value as Record<string, unknown>).en === 'string'
  );
}

/** What a 409 says is stored now, in a few words: its name and version. */
export function storedNow(current: unknown, pick: (text: Bilingual) => string): string {
  if (typeof current !== 'object' || current === null) return '';
  const record = current as Record<string, unknown>;
  const inner = ['plan', 'indicator', 'workItem', 'series', 'department']
    .map((key) => record[key])
    .find(Boolean);
  const stored = (typeof inner === 'object' && inner !== null ? inner : record) as Record<string, unknown>;
  const name = [stored.name, stored.title].find(isBilingual);
  const parts = [
    name ? `“${pick(name)}”` : null,
    typeof stored.version === 'number' ? `v${stored.version}` : null,
  ];
  if (stored.retired === true) parts.push('✕');
  return parts.filter(Boolean).join(' · ');
}
