/**
 * The project fields by what is done with them, listed once: the contract's row and write
 * schemas, the portfolio table's rows and the spreadsheet columns all take their lists from here.
 */
import type { Project } from './model';

/** The fields a writer may set on a project (never its plan, demo mark, version or history). */
export const editableProjectFields = [
  'name',
  'nameEn',
  'level',
  'kind',
  'urbanCategory',
  'industryChain',
  'track',
  'ownerEnterprise',
  'location',
  'leadDepartment',
  'plannedTotalInvestment',
  'plannedAnnualInvestment',
  'isNewBillionProject',
  'notes',
] as const satisfies readonly (keyof Project)[];
export type EditableProjectField = (typeof editableProjectFields)[number];

/** The stored fields a row of the portfolio table carries, beside what it computes for the day. */
export const projectRowFields = [
  'id',
  'planId',
  ...editableProjectFields.filter(
    (field): field is Exclude<EditableProjectField, 'notes'> => field !== 'notes',
  ),
  'isDemo',
  'version',
  'updatedAt',
] as const satisfies readonly (keyof Project)[];
export type ProjectRowField = (typeof projectRowFields)[number];

/** `{ field: true }` for each field: the mask zod's `pick` takes. */
export function fieldMask<Field extends string>(fields: readonly Field[]): Record<Field, true> {
  return Object.fromEntries(fields.map((field) => [field, true])) as Record<Field, true>;
}

/**
 * A project field named after a plan year (`plannedInvestment` + a year), as the planned annual
 * investment was stored before it lost its year: the migration renames it, and older audit
 * entries keep it, so readers take it as `plannedAnnualInvestment`.
 */
export function isYearNamedAnnualInvestment(field: string): boolean {
  return /^plannedInvestment\d{4}$/.test(field);
}
