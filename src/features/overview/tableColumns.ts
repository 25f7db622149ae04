/** The columns of the indicator table, in order. */
export const tableColumns = [
  'name',
  'target',
  'deadline',
  'unit',
  'actual',
  'status',
  'gap',
  'leadDepartment',
  'source',
] as const;
