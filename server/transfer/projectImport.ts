/**
 * Checking an imported project list row by row: a row with a known 项目编号 updates that project
 * (at the version the file was made from), any other row creates one. Columns the file leaves out
 * keep their stored values; a new status needs its date. The same check runs for the dry run and
 * for the commit. Browser-safe.
 */
import type { ImportIssue, ImportRow } from '../../src/api/transferContract';
import type { ProjectPatch } from '../../src/api/projectsContract';
import type { Bilingual, IsoDate } from '../../src/domain/model';
import { projectStatusOn } from '../../src/domain/projects/derive';
import {
  projectSchema,
  type Project,
  type ProjectStatus,
  type StatusEvent,
} from '../../src/domain/projects/model';
import type { MessageLocale } from '../http/locale';
import type { ProjectInput } from '../store/projectsPort';
import {
  choiceKey,
  choiceWords,
  readChoice,
  readDate,
  readNumber,
  readText,
  readVersion,
  readYesNo,
  shownValue,
  type CellResult,
} from './cellValues';
import { matchColumns, type ColumnPositions } from './columns';
import { mergedCellIssues, RowIssues, sizeIssues } from './importReport';
import type { IssueCode } from './issueMessages';
import { chineseWords, projectColumns, projectLabels, type ProjectColumn } from './projectColumns';
import type { SheetRow, SheetTable } from './sheet';

export interface ProjectImportContext {
  planId: string;
  today: IsoDate;
  locale: MessageLocale;
  /** The plan's projects by id. */
  projects: ReadonlyMap<string, Project>;
  /** Ids taken by projects of other plans. */
  takenElsewhere: ReadonlySet<string>;
  mayWrite: (department: string | null) => boolean;
  /** A fresh id for a new project whose row gives none. */
  newId: () => string;
}

export interface ProjectUpdate {
  current: Project;
  patch: ProjectPatch;
}

export interface CheckedProjects {
  fileIssues: ImportIssue[];
  rows: ImportRow[];
  creates: ProjectInput[];
  updates: ProjectUpdate[];
}

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const maxTextLength = 200;

type EditableKey = keyof NonNullable<ProjectPatch['changes']> & ProjectColumn;
type CodedKey = keyof typeof projectLabels;

const choices = Object.fromEntries(
  Object.entries(projectLabels).map(([key, labels]: [string, Record<string, Bilingual>]) => [
    key,
    { words: choiceWords(labels), shown: chineseWords(labels) },
  ]),
) as { [Key in CodedKey]: { words: Map<string, string>; shown: string[] } };

/** The fields a row gives: only its columns; a blank cell is null. */
type GivenFields = { [Key in EditableKey]?: ProjectInput[Key] | null };

const textFields = ['name', 'nameEn', 'ownerEnterprise', 'location', 'leadDepartment'] as const;
const amountFields = ['plannedTotalInvestment', 'plannedAnnualInvestment'] as const;
const requiredFields: ReadonlySet<EditableKey> = new Set(['name', 'level', 'kind', ...amountFields]);

/** The day the project reached the status it has today, or null while it is planned without a date. */
export function statusDateOn(project: Project, today: IsoDate): IsoDate | null {
  return project.statusHistory.findLast((event) => event.date <= today)?.date ?? null;
}

/** Which column a broken project rule belongs to, and what to say. */
function ruleIssue(
  path: PropertyKey[],
  project: ProjectInput,
): { key: ProjectColumn | null; code: IssueCode } {
  switch (path[0]) {
    case 'urbanCategory':
      return {
        key: 'urbanCategory',
        code: project.kind === 'urban' ? 'urbanCategoryRequired' : 'urbanCategoryNotAllowed',
      };
    case 'industryChain':
      return { key: 'industryChain', code: 'chainNotAllowed' };
    case 'track':
      return { key: 'track', code: 'trackOutsideChain' };
    case 'plannedAnnualInvestment':
      return { key: 'plannedAnnualInvestment', code: 'plannedAboveTotal' };
    case 'statusHistory':
      return { key: 'statusDate', code: 'statusDateBeforeLast' };
    default:
      return { key: null, code: 'invalidProject' };
  }
}

/** What rows are checked against besides the stored projects: the ids and names of earlier rows. */
interface RowLookups {
  /** Row numbers by project id. */
  ids: Map<string, number>;
  /** Row numbers by new project name. */
  names: Map<string, number>;
  /** Stored projects' ids by name. */
  storedNames: ReadonlyMap<string, string>;
}

function checkRow(
  row: SheetRow,
  table: SheetTable,
  positions: ColumnPositions<ProjectColumn>,
  context: ProjectImportContext,
  seen: RowLookups,
): { row: ImportRow; create?: ProjectInput; update?: ProjectUpdate } {
  const issues = new RowIssues(projectColumns, context.locale);
  const present = (key: ProjectColumn) => positions[key] !== undefined;
  const cellOf = (key: ProjectColumn) => {
    const position = positions[key];
    return position === undefined ? undefined : row.cells[position];
  };
  for (const spec of projectColumns)
    if (present(spec.key)) issues.show(spec.key, shownValue(cellOf(spec.key)));
  const keyAt = (index: number) => projectColumns.find((spec) => positions[spec.key] === index)?.key ?? null;
  mergedCellIssues(table, row.number, keyAt, issues);

  function read<T>(key: ProjectColumn, result: CellResult<T>): T | null {
    if (result.ok) return result.value;
    issues.add(key, result.code, result.params);
    return null;
  }
  const readCoded = (key: CodedKey) =>
    read(key, readChoice(cellOf(key), choices[key].words, choices[key].shown));

  const givenId = read('id', readText(cellOf('id'), 80));
  if (givenId !== null && !idPattern.test(givenId)) issues.add('id', 'invalidProjectId', { text: givenId });
  const current = givenId === null ? undefined : context.projects.get(givenId);
  if (givenId !== null && !current && context.takenElsewhere.has(givenId))
    issues.add('id', 'projectInOtherPlan', { text: givenId });
  if (givenId !== null) {
    const earlier = seen.ids.get(givenId);
    if (earlier !== undefined) issues.add('id', 'duplicateRow', { row: earlier });
    else seen.ids.set(givenId, row.number);
  }

  // The fields the file gives: every present column, read; blanks are null.
  const given: GivenFields = {};
  for (const key of textFields)
    if (present(key)) given[key] = read(key, readText(cellOf(key), maxTextLength));
  if (present('notes')) given.notes = read('notes', readText(cellOf('notes'), 2000));
  // Each coded cell is read against its own labels, so the code is of the field's type.
  if (present('level')) given.level = readCoded('level') as GivenFields['level'];
  if (present('kind')) given.kind = readCoded('kind') as GivenFields['kind'];
  if (present('urbanCategory'))
    given.urbanCategory = readCoded('urbanCategory') as GivenFields['urbanCategory'];
  if (present('industryChain'))
    given.industryChain = readCoded('industryChain') as GivenFields['industryChain'];
  if (present('track')) given.track = readCoded('track') as GivenFields['track'];
  for (const key of amountFields) {
    if (!present(key)) continue;
    const amount = read(key, readNumber(cellOf(key), { percent: false }));
    if (amount !== null && amount < 0) issues.add(key, 'outOfRange', { min: 0 });
    given[key] = amount;
    if (amount !== null) issues.show(key, amount);
  }
  if (present('isNewBillionProject'))
    given.isNewBillionProject =
      read('isNewBillionProject', readYesNo(cellOf('isNewBillionProject'))) ?? false;
  const status = present('status') ? (readCoded('status') as ProjectStatus | null) : null;
  const statusDate = read('statusDate', readDate(cellOf('statusDate')));
  const version = read('version', readVersion(cellOf('version')));

  for (const key of requiredFields)
    if ((present(key) || !current) && (given[key] ?? null) === null && !issues.has(key))
      issues.add(key, 'required');
  if (statusDate !== null && statusDate > context.today) issues.add('statusDate', 'statusDateInFuture');

  const name = typeof given.name === 'string' ? given.name : current?.name;
  if (name !== undefined) {
    const sameName = seen.storedNames.get(name);
    if (sameName !== undefined && !current) issues.add('name', 'sameNameProject', { text: sameName });
    const earlier = seen.names.get(choiceKey(name));
    if (earlier !== undefined && !current) issues.add('name', 'duplicateRow', { row: earlier });
    else seen.names.set(choiceKey(name), row.number);
  }

  if (current) return checkUpdate(row, current, given, status, statusDate, version, context, issues);
  return checkCreate(row, givenId ?? context.newId(), given, status, statusDate, version, context, issues);
}

function validated(project: ProjectInput, issues: RowIssues<ProjectColumn>): void {
  const parsed = projectSchema.safeParse({ ...project, version: 1, updatedAt: new Date(0).toISOString() });
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    const { key, code } = ruleIssue(issue.path, project);
    if (key === null || !issues.has(key)) issues.add(key, code);
  }
}

function checkCreate(
  row: SheetRow,
  id: string,
  given: GivenFields,
  status: ProjectStatus | null,
  statusDate: IsoDate | null,
  version: number | null,
  context: ProjectImportContext,
  issues: RowIssues<ProjectColumn>,
): { row: ImportRow; create?: ProjectInput } {
  if (version !== null) issues.add('version', 'newProjectVersion');
  const leadDepartment = given.leadDepartment ?? null;
  if (!context.mayWrite(leadDepartment))
    issues.add('leadDepartment', 'projectNotPermitted', { department: leadDepartment });
  let statusHistory: StatusEvent[] = [];
  if (status !== null && status !== 'planned' && statusDate === null)
    issues.add('statusDate', 'statusDateRequired');
  else if (status !== null && statusDate !== null) statusHistory = [{ status, date: statusDate }];
  if (issues.issues.length > 0) return { row: issues.row(row.number, 'error') };
  const project = {
    id,
    planId: context.planId,
    name: given.name,
    nameEn: given.nameEn ?? null,
    level: given.level,
    kind: given.kind,
    urbanCategory: given.urbanCategory ?? null,
    industryChain: given.industryChain ?? null,
    track: given.track ?? null,
    ownerEnterprise: given.ownerEnterprise ?? null,
    location: given.location ?? null,
    leadDepartment,
    plannedTotalInvestment: given.plannedTotalInvestment,
    plannedAnnualInvestment: given.plannedAnnualInvestment,
    isNewBillionProject: given.isNewBillionProject ?? false,
    statusHistory,
    monthlyInvestment: [],
    notes: given.notes ?? null,
    isDemo: false,
  } as ProjectInput;
  validated(project, issues);
  const checked = issues.row(row.number, 'create');
  return checked.outcome === 'error' ? { row: checked } : { row: checked, create: project };
}

function checkUpdate(
  row: SheetRow,
  current: Project,
  given: GivenFields,
  status: ProjectStatus | null,
  statusDate: IsoDate | null,
  version: number | null,
  context: ProjectImportContext,
  issues: RowIssues<ProjectColumn>,
): { row: ImportRow; update?: ProjectUpdate } {
  issues.show('id', current.id);
  if (!context.mayWrite(current.leadDepartment))
    issues.add('leadDepartment', 'projectNotPermitted', { department: current.leadDepartment });
  else if (given.leadDepartment !== undefined && given.leadDepartment !== current.leadDepartment) {
    const department = given.leadDepartment ?? null;
    if (!context.mayWrite(department)) issues.add('leadDepartment', 'projectNotPermitted', { department });
  }
  if (version !== current.version)
    issues.add('version', 'projectConflict', {
      version: current.version,
      text: version === null ? '' : String(version),
    });

  const changes: GivenFields = {};
  for (const [key, value] of Object.entries(given) as [EditableKey, unknown][])
    if (value !== current[key]) Object.assign(changes, { [key]: value });

  let statusEvent: StatusEvent | undefined;
  const currentStatus = projectStatusOn(current, context.today);
  const currentDate = statusDateOn(current, context.today);
  if (status !== null && status !== currentStatus) {
    const last = current.statusHistory.at(-1);
    if (statusDate === null) issues.add('statusDate', 'statusDateRequired');
    else if (last && statusDate < last.date)
      issues.add('statusDate', 'statusDateBeforeLast', { date: last.date });
    else statusEvent = { status, date: statusDate };
  } else if (status !== null && statusDate !== null && statusDate !== currentDate && currentDate !== null) {
    issues.add('statusDate', 'statusDateFixed', { date: currentDate });
  }
  if (issues.issues.length > 0) return { row: issues.row(row.number, 'error') };
  if (Object.keys(changes).length === 0 && !statusEvent) return { row: issues.row(row.number, 'unchanged') };

  const { version: _version, updatedAt: _updatedAt, ...base } = current;
  const next = {
    ...base,
    ...changes,
    statusHistory: statusEvent ? [...current.statusHistory, statusEvent] : current.statusHistory,
  } as ProjectInput;
  validated(next, issues);
  const patch: ProjectPatch = {
    expectedVersion: current.version,
    // Required fields among the changes were checked not to be blank.
    ...(Object.keys(changes).length > 0 ? { changes: changes as ProjectPatch['changes'] } : {}),
    ...(statusEvent ? { statusEvent } : {}),
  };
  const checked = issues.row(row.number, 'update');
  return checked.outcome === 'error' ? { row: checked } : { row: checked, update: { current, patch } };
}

/** The project ids the sheet names (to look up which are taken by other plans before the check). */
export function givenProjectIds(table: SheetTable): string[] {
  const position = matchColumns(table, projectColumns, 'zh').positions.id;
  if (position === undefined) return [];
  return table.rows.flatMap((row) => {
    const id = readText(row.cells[position], 80);
    return id.ok && id.value !== null ? [id.value] : [];
  });
}

/** Every row of the sheet checked; with any file issue, no rows are checked and nothing may be written. */
export function checkProjectSheet(table: SheetTable, context: ProjectImportContext): CheckedProjects {
  const { positions, issues: headerIssues } = matchColumns(table, projectColumns, context.locale);
  const fileIssues = headerIssues.length > 0 ? headerIssues : sizeIssues(table, context.locale);
  const checked: CheckedProjects = { fileIssues, rows: [], creates: [], updates: [] };
  if (fileIssues.length > 0) return checked;
  const seen: RowLookups = {
    ids: new Map(),
    names: new Map(),
    storedNames: new Map([...context.projects.values()].map((project) => [project.name, project.id])),
  };
  for (const sheetRow of table.rows) {
    const { row, create, update } = checkRow(sheetRow, table, positions, context, seen);
    checked.rows.push(row);
    if (create) checked.creates.push(create);
    if (update) checked.updates.push(update);
  }
  return checked;
}
