/**
 * The project registry in a plain map, for the mock API (browser-safe: no Node imports) and fast
 * tests. It answers as the SQL one does; everything is copied in and out.
 */
import type { AuditEntryInput } from '../../../src/api/auditContract';
import type { Project } from '../../../src/domain/projects/model';
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
import type { MemoryAudit } from './audit';
import type { MemoryEvents } from './events';

function newProject(input: ProjectInput, updatedAt: string): Project {
  return storedProject({ ...input, version: 1, updatedAt });
}

export class MemoryProjects implements ProjectsPort {
  readonly #projects = new Map<string, Project>();

  /**
   * `planExists` tells whether a plan is stored, so projects can only join a stored plan; `audit`
   * is the store's trail, which every write appends to, and `events` its change log.
   */
  constructor(
    private readonly planExists: (planId: string) => boolean,
    private readonly audit: MemoryAudit,
    private readonly events: MemoryEvents,
  ) {}

  /**
   * Checks projects for a seed or an import before anything is written, throwing on the first
   * problem; `knownPlanIds` are the plans that will exist. Returns the write to run afterwards.
   */
  stage(projects: readonly Project[], knownPlanIds: ReadonlySet<string>): () => void {
    const stored = projects.map(storedProject);
    const ids = new Set(this.#projects.keys());
    for (const project of stored) {
      if (ids.has(project.id)) throw new Error(`project already stored: ${project.id}`);
      if (!knownPlanIds.has(project.planId)) throw new Error(`unknown plan: ${project.planId}`);
      ids.add(project.id);
    }
    return () => {
      for (const project of stored) this.#projects.set(project.id, project);
    };
  }

  async listByPlan(planId: string): Promise<Project[]> {
    return structuredClone([...this.#projects.values()].filter((p) => p.planId === planId).sort(byId));
  }

  async get(projectId: string): Promise<Project | null> {
    const project = this.#projects.get(projectId);
    return project ? structuredClone(project) : null;
  }

  async create(input: ProjectInput, audit: AuditEntryInput[]): Promise<ProjectCreateResult> {
    const project = newProject(input, new Date().toISOString());
    const current = this.#projects.get(project.id);
    if (current) return { ok: false, reason: 'exists', current: structuredClone(current) };
    if (!this.planExists(project.planId)) return { ok: false, reason: 'unknownPlan' };
    this.audit.appendNow(audit);
    this.#projects.set(project.id, project);
    this.events.record(...projectsEvents([project]));
    return { ok: true, project: structuredClone(project) };
  }

  async createMany(inputs: ProjectInput[], audit: AuditEntryInput[]): Promise<ProjectsCreateResult> {
    const now = new Date().toISOString();
    const projects = inputs.map((input) => newProject(input, now));
    const seen = new Set<string>();
    const taken = projects
      .filter((p) => {
        const repeated = seen.has(p.id) || this.#projects.has(p.id);
        seen.add(p.id);
        return repeated;
      })
      .map((p) => p.id);
    if (taken.length > 0) return { ok: false, reason: 'exists', ids: [...new Set(taken)] };
    const unknownPlans = [...new Set(projects.map((p) => p.planId))].filter((id) => !this.planExists(id));
    if (unknownPlans.length > 0) return { ok: false, reason: 'unknownPlan', planIds: unknownPlans };
    this.audit.appendNow(audit);
    for (const project of projects) this.#projects.set(project.id, project);
    this.events.record(...projectsEvents(projects));
    return { ok: true, projects: structuredClone(projects) };
  }

  async update(
    input: ProjectInput,
    expectedVersion: number,
    audit: AuditEntryInput[],
  ): Promise<ProjectUpdateResult> {
    const current = this.#projects.get(input.id);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.planId !== input.planId)
      throw new Error(`a project cannot move to another plan: ${input.id}`);
    if (current.version !== expectedVersion)
      return { ok: false, reason: 'conflict', current: structuredClone(current) };
    const project = storedProject({
      ...input,
      version: current.version + 1,
      updatedAt: new Date().toISOString(),
    });
    this.audit.appendNow(audit);
    this.#projects.set(project.id, project);
    this.events.record(...projectsEvents([project]));
    return { ok: true, project: structuredClone(project) };
  }

  async saveMany(
    creates: ProjectInput[],
    replacements: ProjectReplacement[],
    audit: AuditEntryInput[],
  ): Promise<ProjectsSaveResult> {
    const now = new Date().toISOString();
    const created = creates.map((input) => newProject(input, now));
    const ids = created.map((p) => p.id);
    const taken = ids.filter((id, i) => ids.indexOf(id) !== i || this.#projects.has(id));
    if (taken.length > 0) return { ok: false, reason: 'exists', ids: [...new Set(taken)] };
    const conflicts = replacements.flatMap(({ project, expectedVersion }) => {
      const current = this.#projects.get(project.id);
      return current?.version === expectedVersion
        ? []
        : [{ id: project.id, current: current ? structuredClone(current) : null }];
    });
    if (conflicts.length > 0) return { ok: false, reason: 'conflict', conflicts };
    for (const { project } of replacements)
      if (this.#projects.get(project.id)?.planId !== project.planId)
        throw new Error(`a project cannot move to another plan: ${project.id}`);
    const unknownPlans = [...new Set(created.map((p) => p.planId))].filter((id) => !this.planExists(id));
    if (unknownPlans.length > 0) return { ok: false, reason: 'unknownPlan', planIds: unknownPlans };
    const updated = replacements.map(({ project, expectedVersion }) =>
      storedProject({ ...project, version: expectedVersion + 1, updatedAt: now }),
    );
    this.audit.appendNow(audit);
    for (const project of [...created, ...updated]) this.#projects.set(project.id, project);
    this.events.record(...projectsEvents([...created, ...updated]));
    return { ok: true, created: structuredClone(created), updated: structuredClone(updated) };
  }

  async hasDemo(planId: string): Promise<boolean> {
    return [...this.#projects.values()].some((p) => p.isDemo && p.planId === planId);
  }

  async removeDemo(planId: string): Promise<number> {
    let removed = 0;
    for (const [id, project] of this.#projects) {
      if (project.isDemo && project.planId === planId) {
        this.#projects.delete(id);
        removed += 1;
      }
    }
    if (removed > 0) this.events.record({ type: 'projects', planId, ids: [] });
    return removed;
  }
}
