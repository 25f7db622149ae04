/**
 * The project registry (项目库) in storage, exposed as `store.projects`: one document per project,
 * with a version that every update must name, so that two people editing the same project cannot
 * overwrite each other unnoticed. Every write takes the audit entries that describe it and stores
 * them with the change, or neither.
 */
import type { AuditEntryInput } from '../../src/domain/audit';
import type { Project } from '../../src/domain/projects/model';

/** A project as a writer hands it over; the store sets `version` and `updatedAt`. */
export type ProjectInput = Omit<Project, 'version' | 'updatedAt'>;

export type ProjectCreateResult =
  | { ok: true; project: Project }
  /** A project with this id is stored already (in any plan). */
  | { ok: false; reason: 'exists'; current: Project }
  | { ok: false; reason: 'unknownPlan' };

export type ProjectsCreateResult =
  | { ok: true; projects: Project[] }
  /** Nothing was written: these ids are stored already, or given twice. */
  | { ok: false; reason: 'exists'; ids: string[] }
  | { ok: false; reason: 'unknownPlan'; planIds: string[] };

export type ProjectUpdateResult =
  | { ok: true; project: Project }
  /** Someone saved the project since `expectedVersion`: nothing was written. */
  | { ok: false; reason: 'conflict'; current: Project }
  | { ok: false; reason: 'notFound' };

/** One project of a bulk save to replace, when it is still at `expectedVersion`. */
export interface ProjectReplacement {
  project: ProjectInput;
  expectedVersion: number;
}

export type ProjectsSaveResult =
  | { ok: true; created: Project[]; updated: Project[] }
  /** Nothing was written: new ids stored already (or given twice), or replaced projects changed meanwhile (or gone: current null). */
  | { ok: false; reason: 'exists'; ids: string[] }
  | { ok: false; reason: 'conflict'; conflicts: { id: string; current: Project | null }[] }
  | { ok: false; reason: 'unknownPlan'; planIds: string[] };

export interface ProjectsPort {
  /** The projects of a plan, ordered by id. */
  listByPlan(planId: string): Promise<Project[]>;
  get(projectId: string): Promise<Project | null>;
  /** Stores a new project at version 1, updated now. Throws when the document is not a valid project. */
  create(project: ProjectInput, audit: AuditEntryInput[]): Promise<ProjectCreateResult>;
  /** Stores all of them at version 1, or (on any refusal) none: for imports. */
  createMany(projects: ProjectInput[], audit: AuditEntryInput[]): Promise<ProjectsCreateResult>;
  /**
   * Replaces the project's document when its stored version is `expectedVersion`; the new one
   * gets the next version and is updated now. Its id and plan cannot change.
   */
  update(
    project: ProjectInput,
    expectedVersion: number,
    audit: AuditEntryInput[],
  ): Promise<ProjectUpdateResult>;
  /**
   * Creates the new projects (version 1) and replaces the others (next version), all with the
   * audit entries, in one transaction; on any refusal nothing is written: for imports.
   */
  saveMany(
    creates: ProjectInput[],
    replacements: ProjectReplacement[],
    audit: AuditEntryInput[],
  ): Promise<ProjectsSaveResult>;
  /** True while the plan has any demo project. */
  hasDemo(planId: string): Promise<boolean>;
  /** Removes the plan's demo projects; returns how many went. */
  removeDemo(planId: string): Promise<number>;
}
