/**
 * `npm run demo:remove`: deletes every demo figure (示例数据) and demo project (示例项目) from the
 * configured database, so that only what people entered remains, and says how many went.
 */
import { ConfigError, loadConfig } from './config';
import { openStore } from './store/open';
import { StorageStartError } from './store/startError';

async function removeDemo(): Promise<void> {
  const { dataDir, databaseUrl } = loadConfig();
  const store = await openStore({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
  try {
    let removed = 0;
    let removedProjects = 0;
    for (const plan of await store.listPlans()) {
      removedProjects += (await store.projects.listByPlan(plan.id)).filter((p) => p.isDemo).length;
      removed += await store.removeDemoData(plan.id);
    }
    console.log(`已删除 ${removed} 条示例数据 / Removed ${removed} demo figures`);
    console.log(`已删除 ${removedProjects} 个示例项目 / Removed ${removedProjects} demo projects`);
  } finally {
    await store.close();
  }
}

removeDemo().catch((error: unknown) => {
  if (error instanceof StorageStartError || error instanceof ConfigError)
    process.stderr.write(`${error.message}\n`);
  else console.error(error);
  process.exit(1);
});
