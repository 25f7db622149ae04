/**
 * The project registry over SQL (both dialects). Documents are validated with the domain schema
 * on the way in and out; a write and its audit entries share one transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { AuditEntryInput } from '../../../src/api/auditContract';
import { projectSchema, type Project } from '../../../src/domain/projects/model';
import { byId } from '../ordering';
import type {
  ProjectCreateResult,
  ProjectInput,
  ProjectReplacement,
  ProjectsCreateResult,
  ProjectsPort,
  ProjectsSaveResult,
  ProjectUpdateResult,
} from '../projectsPort';
import { storedProject } from '../storedProject';
import { projectsEvents } from '../writeEntries';
import { appendAuditRows } from './audit';
import type { SqlEvents } from './events';
import type { StoreDatabase } from './tables';
import { isUniqueViolation } from './uniqueViolation';

type Executor = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** Rows per statement, well below SQLite's limit on bound parameters. */
const rowsPerStatement = 200;

function inChunks<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += rowsPerStatement)
    chunks.push(items.slice(start, start + rowsPerStatement));
  return chunks;
}

function projectRow(project: Project) {
  return {
    id: project.id,
    plan_id: project.planId,
    doc: JSON.stringify(project),
    is_demo: project.isDemo ? 1 : 0,
    version: project.version,
    updated_at: project.updatedAt,
  };
}

function projectFromDoc(doc: string): Project {
  return projectSchema.parse(JSON.parse(doc));
}

/** Writes already validated projects (a seed's, inside its transaction). */
export async function insertProjectRows(db: Executor, projects: readonly Project[]): Promise<void> {
  for (const chunk of inChunks(projects))
    await db.insertInto('projects').values(chunk.map(projectRow)).execute();
}

async function storedProjectIn(db: Executor, projectId: string): Promise<Project | null> {
  const row = await db.selectFrom('projects').select('doc').where('id', '=', projectId).executeTakeFirst();
  return row ? projectFromDoc(row.doc) : null;
}

export class SqlProjects implements ProjectsPort {
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    private readonly events: SqlEvents,
  ) {}

  async listByPlan(planId: string): Promise<Project[]> {
    const rows = await this.db.selectFrom('projects').select('doc').where('plan_id', '=', planId).execute();
    return rows.map((row) => projectFromDoc(row.doc)).sort(byId);
  }

  get(projectId: string): Promise<Project | null> {
    return storedProjectIn(this.db, projectId);
  }

  async create(input: ProjectInput, audit: AuditEntryInput[]): Promise<ProjectCreateResult> {
    const project = storedProject({ ...input, version: 1, updatedAt: new Date().toISOString() });
    try {
      return await this.#create(project, audit);
    } catch (error) {
      // Another writer created the same id between our look and our insert (PostgreSQL).
      const current = isUniqueViolation(error) ? await this.get(project.id) : null;
      if (current) return { ok: false, reason: 'exists', current };
      throw error;
    }
  }

  #create(project: Project, audit: AuditEntryInput[]): Promise<ProjectCreateResult> {
    return this.events.write(async (trx, publish): Promise<ProjectCreateResult> => {
      const current = await storedProjectIn(trx, project.id);
      if (current) return { ok: false, reason: 'exists', current };
      const plan = await trx
        .selectFrom('plans')
        .select('id')
        .where('id', '=', project.planId)
        .executeTakeFirst();
      if (!plan) return { ok: false, reason: 'unknownPlan' };
      await insertProjectRows(trx, [project]);
      await appendAuditRows(trx, audit);
      projectsEvents([project]).forEach(publish);
      return { ok: true, project };
    });
  }

  async createMany(inputs: ProjectInput[], audit: AuditEntryInput[]): Promise<ProjectsCreateResult> {
    const now = new Date().toISOString();
    const projects = inputs.map((input) => storedProject({ ...input, version: 1, updatedAt: now }));
    return this.events.write(async (trx, publish): Promise<ProjectsCreateResult> => {
      const ids = projects.map((p) => p.id);
      const taken = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
      for (const chunk of inChunks(ids)) {
        const rows = await trx.selectFrom('projects').select('id').where('id', 'in', chunk).execute();
        for (const row of rows) taken.add(row.id);
      }
      if (taken.size > 0)
        return { ok: false, reason: 'exists', ids: ids.filter((id) => taken.has(id)).filter(unique) };
      const planIds = projects.map((p) => p.planId).filter(unique);
      const knownPlans =
        planIds.length === 0
          ? []
          : await trx.selectFrom('plans').select('id').where('id', 'in', planIds).execute();
      const unknownPlans = planIds.filter((id) => !knownPlans.some((row) => row.id === id));
      if (unknownPlans.length > 0) return { ok: false, reason: 'unknownPlan', planIds: unknownPlans };
      await insertProjectRows(trx, projects);
      await appendAuditRows(trx, audit);
      projectsEvents(projects).forEach(publish);
      return { ok: true, projects };
    });
  }

  async update(
    input: ProjectInput,
    expectedVersion: number,
    audit: AuditEntryInput[],
  ): Promise<ProjectUpdateResult> {
    return this.events.write(async (trx, publish): Promise<ProjectUpdateResult> => {
      const current = await storedProjectIn(trx, input.id);
      if (!current) return { ok: false, reason: 'notFound' };
      if (current.planId !== input.planId)
        throw new Error(`a project cannot move to another plan: ${input.id}`);
      if (current.version !== expectedVersion) return { ok: false, reason: 'conflict', current };
      const project = storedProject({
        ...input,
        version: current.version + 1,
        updatedAt: new Date().toISOString(),
      });
      const { doc, is_demo, version, updated_at } = projectRow(project);
      const updated = await trx
        .updateTable('projects')
        .set({ doc, is_demo, version, updated_at })
        .where('id', '=', project.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        const latest = await storedProjectIn(trx, input.id);
        return latest
          ? { ok: false, reason: 'conflict', current: latest }
          : { ok: false, reason: 'notFound' };
      }
      await appendAuditRows(trx, audit);
      projectsEvents([project]).forEach(publish);
      return { ok: true, project };
    });
  }

  async saveMany(
    creates: ProjectInput[],
    replacements: ProjectReplacement[],
    audit: AuditEntryInput[],
  ): Promise<ProjectsSaveResult> {
    const now = new Date().toISOString();
    const created = creates.map((input) => storedProject({ ...input, version: 1, updatedAt: now }));
    const updated = replacements.map(({ project, expectedVersion }) =>
      storedProject({ ...project, version: expectedVersion + 1, updatedAt: now }),
    );
    try {
      return await this.events.write(async (trx, publish): Promise<ProjectsSaveResult> => {
        const ids = created.map((p) => p.id);
        const taken = new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
        for (const chunk of inChunks(ids)) {
          const rows = await trx.selectFrom('projects').select('id').where('id', 'in', chunk).execute();
          for (const row of rows) taken.add(row.id);
        }
        if (taken.size > 0)
          return { ok: false, reason: 'exists', ids: ids.filter((id) => taken.has(id)).filter(unique) };
        const conflicts = await staleReplacements(trx, replacements);
        if (conflicts.length > 0) return { ok: false, reason: 'conflict', conflicts };
        const planIds = created.map((p) => p.planId).filter(unique);
        const knownPlans =
          planIds.length === 0
            ? []
            : await trx.selectFrom('plans').select('id').where('id', 'in', planIds).execute();
        const unknownPlans = planIds.filter((id) => !knownPlans.some((row) => row.id === id));
        if (unknownPlans.length > 0) return { ok: false, reason: 'unknownPlan', planIds: unknownPlans };
        await insertProjectRows(trx, created);
        for (const [i, project] of updated.entries()) {
          const expectedVersion = replacements[i]?.expectedVersion ?? 0;
          const { doc, is_demo, version, updated_at } = projectRow(project);
          const written = await trx
            .updateTable('projects')
            .set({ doc, is_demo, version, updated_at })
            .where('id', '=', project.id)
            .where('plan_id', '=', project.planId)
            .where('version', '=', expectedVersion)
            .executeTakeFirst();
          // Changed by someone else since it was read: undo the whole save.
          if (Number(written.numUpdatedRows) !== 1) throw new StaleReplacementError();
        }
        await appendAuditRows(trx, audit);
        projectsEvents([...created, ...updated]).forEach(publish);
        return { ok: true, created, updated };
      });
    } catch (error) {
      if (!(error instanceof StaleReplacementError)) throw error;
      return { ok: false, reason: 'conflict', conflicts: await staleReplacements(this.db, replacements) };
    }
  }

  async hasDemo(planId: string): Promise<boolean> {
    const demo = await this.db
      .selectFrom('projects')
      .select('id')
      .where('plan_id', '=', planId)
      .where('is_demo', '=', 1)
      .limit(1)
      .executeTakeFirst();
    return demo !== undefined;
  }

  async removeDemo(planId: string): Promise<number> {
    return this.events.write(async (trx, publish) => {
      const removed = await removeDemoProjects(trx, planId);
      if (removed > 0) publish({ type: 'projects', planId, ids: [] });
      return removed;
    });
  }
}

/** Deletes the plan's demo projects (also inside the store's demo removal); returns how many went. */
export async function removeDemoProjects(db: Executor, planId: string): Promise<number> {
  const removed = await db
    .deleteFrom('projects')
    .where('plan_id', '=', planId)
    .where('is_demo', '=', 1)
    .executeTakeFirst();
  return Number(removed.numDeletedRows);
}

class StaleReplacementError extends Error {}

/** The replaced projects whose stored version is not the one expected (or that are gone). */
async function staleReplacements(db: Executor, replacements: readonly ProjectReplacement[]) {
  const stored = new Map<string, { version: number; plan_id: string; doc: string }>();
  for (const chunk of inChunks(replacements.map(({ project }) => project.id))) {
    const rows = await db
      .selectFrom('projects')
      .select(['id', 'version', 'plan_id', 'doc'])
      .where('id', 'in', chunk)
      .execute();
    for (const row of rows) stored.set(row.id, row);
  }
  return replacements.flatMap(({ project, expectedVersion }) => {
    const row = stored.get(project.id);
    if (row && Number(row.version) === expectedVersion && row.plan_id === project.planId) return [];
    return [{ id: project.id, current: row ? projectFromDoc(row.doc) : null }];
  });
}

function unique<T>(item: T, index: number, items: readonly T[]): boolean {
  return items.indexOf(item) === index;
}
