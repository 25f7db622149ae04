/**
 * The projects list at province scale: 5,000 projects (the demo register copied under new ids,
 * as scripts/bench/largePortfolio.ts grows it). Asked without paging it answers as it always did,
 * every row; asked for a page it answers that page, under 100 KB, with the total and the status
 * counts of every matching row, filtered and sorted on the server.
 */
import { describe, expect, it } from 'vitest';
import { projectListResponseSchema } from '../../src/api/projectsContract';
import { createApp } from '../app';
import { buildSeed } from '../seed';
import { buildDemoProjects } from '../seed/demoProjects';
import { MemoryStore } from '../store/memory';

const projectCount = 5000;

async function largeRegister(count = projectCount) {
  const seed = buildSeed({ demo: true });
  const demo = buildDemoProjects(seed.plan.id);
  const projects = Array.from({ length: count }, (_, index) => {
    const template = demo[index % demo.length];
    if (!template) throw new Error('no demo projects');
    return {
      ...structuredClone(template),
      id: `p-${String(index + 1).padStart(5, '0')}`,
      name: `${template.name} #${index + 1}`,
    };
  });
  const store = new MemoryStore();
  await store.seed({ ...seed, projects });
  return { app: createApp({ store, mode: 'server' }), planId: seed.plan.id };
}

describe('the projects list of 5,000 projects', { timeout: 60_000 }, () => {
  it('lists every project without paging, as before, and a first page of 50 under 100 KB with the same counts', async () => {
    const { app, planId } = await largeRegister();
    const whole = await app.request(`/api/plans/${planId}/projects`);
    const wholeText = await whole.text();
    const all = projectListResponseSchema.parse(JSON.parse(wholeText));
    expect(all.projects).toHaveLength(projectCount);
    expect(all.page).toBeUndefined();

    const first = await app.request(`/api/plans/${planId}/projects?limit=50`);
    const firstText = await first.text();
    expect(new TextEncoder().encode(firstText).length).toBeLessThan(100_000);
    const page = projectListResponseSchema.parse(JSON.parse(firstText));
    expect(page.projects).toEqual(all.projects.slice(0, 50));
    expect(page.page).toEqual({ offset: 0, limit: 50, total: projectCount });
    expect(page.statusCounts).toEqual(all.statusCounts);
    expect(new TextEncoder().encode(wholeText).length).toBeGreaterThan(20 * firstText.length);
  });

  it('pages through a filtered, sorted list: pages join up to the whole list, with nothing twice', async () => {
    const { app, planId } = await largeRegister();
    const filter = 'kind=industrial&sort=plannedAnnualInvestment&order=desc';
    const whole = projectListResponseSchema.parse(
      await (await app.request(`/api/plans/${planId}/projects?${filter}`)).json(),
    );
    expect(whole.projects.length).toBeGreaterThan(100);
    const pages = [];
    for (let offset = 0; offset < whole.projects.length; offset += 100) {
      const page = projectListResponseSchema.parse(
        await (
          await app.request(`/api/plans/${planId}/projects?${filter}&offset=${offset}&limit=100`)
        ).json(),
      );
      expect(page.page?.total).toBe(whole.projects.length);
      pages.push(...page.projects);
    }
    expect(pages.map((row) => row.id)).toEqual(whole.projects.map((row) => row.id));
    const past = projectListResponseSchema.parse(
      await (await app.request(`/api/plans/${planId}/projects?${filter}&offset=999999`)).json(),
    );
    expect(past.projects).toEqual([]);
  });

  it.each(['limit=0', 'limit=101', 'limit=ten', 'offset=-1', 'offset=1.5'])(
    'refuses %s with a 400 naming the parameter',
    async (query) => {
      const { app, planId } = await largeRegister(10);
      const response = await app.request(`/api/plans/${planId}/projects?${query}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { code: 'invalidParameter', field: query.split('=')[0] },
      });
    },
  );
});
