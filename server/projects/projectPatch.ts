/**
 * What a create or an edit of a project stores: the new document, checked against the project
 * rules (a refusal is a 400 naming the field), and the audit entries that describe the change.
 */
import type { SessionUser } from '../../src/api/authContract';
import type { AuditEntryInput, AuditJson } from '../../src/api/auditContract';
import { editableProjectFields, type ProjectPatch } from '../../src/api/projectsContract';
import type { IsoDate } from '../../src/domain/model';
import { periodOfDate } from '../../src/domain/period';
import { projectSchema, type MonthlyInvestment, type Project } from '../../src/domain/projects/model';
import { ApiProblem } from '../http/errors';
import { issueProblem } from '../http/parameters';
import type { ProjectInput } from '../store/projectsPort';

interface ProjectWrite {
  project: ProjectInput;
  audit: AuditEntryInput[];
}

/** Projects hold only JSON values (strings, numbers, booleans, null, arrays, plain objects). */
function auditJson(value: unknown): AuditJson {
  return (value === undefined ? null : structuredClone(value)) as AuditJson;
}

/** Checks the whole document; `fieldOf` names a failing path as the request body does. */
function checkedProject(project: ProjectInput, fieldOf: (path: string) => string): ProjectInput {
  const parsed = projectSchema.safeParse({ ...project, version: 1, updatedAt: new Date(0).toISOString() });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const problem = issueProblem('invalidBody', issue, 'body');
    throw new ApiProblem('invalidBody', {
      field: fieldOf(problem.field ?? 'body'),
      ...(problem.range ? { range: problem.range } : {}),
    });
  }
  return project;
}

function refuseFutureDates(project: ProjectInput, today: IsoDate, field: (i: number) => string): void {
  project.statusHistory.forEach((event, i) => {
    if (event.date > today) throw new ApiProblem('invalidBody', { field: field(i) });
  });
}

function entryOf(user: SessionUser, project: ProjectInput, batchId: string, reason: string) {
  return (
    fields: Pick<AuditEntryInput, 'oldValue' | 'newValue'> & Partial<AuditEntryInput>,
  ): AuditEntryInput => ({
    actor: user.username,
    actorName: user.displayName,
    entityType: 'project',
    entityId: project.id,
    planId: project.planId,
    note: reason,
    batchId,
    ...fields,
  });
}

/** A new project (never demo) and the entry recording its creation. */
export function creationAudit(input: ProjectInput, user: SessionUser, today: IsoDate): ProjectWrite {
  const project = checkedProject(input, (path) => path);
  refuseFutureDates(project, today, (i) => `statusHistory.${i}.date`);
  const entry = entryOf(user, project, crypto.randomUUID(), '');
  return { project, audit: [entry({ oldValue: null, newValue: auditJson(project) })] };
}

function withInvestment(
  entries: readonly MonthlyInvestment[],
  entry: MonthlyInvestment,
): MonthlyInvestment[] {
  return [...entries.filter((e) => e.period !== entry.period), entry].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
}

/**
 * The project after the patch: field changes, then the new status (dated on or after the last
 * change, not after today, and not the status it already has), then the month's investment (for
 * a month that has begun). Throws a 400 naming the offending field.
 */
export function patchedProject(
  current: Project,
  patch: ProjectPatch,
  user: SessionUser,
  today: IsoDate,
): ProjectWrite {
  const { version: _version, updatedAt: _updatedAt, ...base } = current;
  let project: ProjectInput = { ...base, ...patch.changes };
  const entry = entryOf(user, current, crypto.randomUUID(), patch.reason ?? '');
  const audit: AuditEntryInput[] = [];

  for (const field of editableProjectFields) {
    const change = patch.changes?.[field];
    if (change === undefined || change === current[field]) continue;
    audit.push(entry({ field, oldValue: auditJson(current[field]), newValue: auditJson(change) }));
  }

  if (patch.statusEvent) {
    const event = patch.statusEvent;
    const last = current.statusHistory.at(-1);
    if (event.date > today || (last !== undefined && event.date < last.date))
      throw new ApiProblem('invalidBody', { field: 'statusEvent.date' });
    if (last !== undefined && last.status === event.status)
      throw new ApiProblem('invalidBody', { field: 'statusEvent.status' });
    project = { ...project, statusHistory: [...current.statusHistory, event] };
    audit.push(
      entry({ field: 'statusHistory', oldValue: last?.status ?? 'planned', newValue: auditJson(event) }),
    );
  }

  if (patch.investment) {
    const investment = patch.investment;
    if (investment.period > periodOfDate(today))
      throw new ApiProblem('invalidBody', { field: 'investment.period' });
    const previous = current.monthlyInvestment.find((e) => e.period === investment.period);
    project = { ...project, monthlyInvestment: withInvestment(current.monthlyInvestment, investment) };
    audit.push(
      entry({
        field: 'monthlyInvestment',
        period: investment.period,
        oldValue: previous?.amount ?? null,
        newValue: investment.amount,
      }),
    );
  }

  const fieldOf = (path: string) =>
    (editableProjectFields as readonly string[]).includes(path.split('.')[0] ?? '')
      ? `changes.${path}`
      : path;
  return { project: checkedProject(project, fieldOf), audit };
}
