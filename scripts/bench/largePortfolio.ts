/** A portfolio grown to a given size by copying the demo projects under new ids. */
import type { Project } from '../../src/domain/projects/model';
import { buildDemoProjects } from '../../server/seed/demoProjects';

export function buildLargePortfolio(planId: string, projectCount: number): Project[] {
  const demo = buildDemoProjects(planId);
  return Array.from({ length: projectCount }, (_, index) => {
    const template = demo[index % demo.length]!;
    return {
      ...structuredClone(template),
      id: `bench-project-${index + 1}`,
      name: `${template.name} #${index + 1}`,
    };
  });
}
