/** The stored form of a project, the same in every store. Browser-safe. */
import { projectSchema, type Project } from '../../src/domain/projects/model';
import { canonicalInstant } from './instant';

/** Validated, its updatedAt a canonical UTC instant, and a fresh copy. */
export function storedProject(project: Project): Project {
  const parsed = projectSchema.parse(structuredClone(project));
  return { ...parsed, updatedAt: canonicalInstant(parsed.updatedAt) };
}
