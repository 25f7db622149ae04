/**
 * `npm run demo:remove`: deletes every demo figure (示例数据) from the configured database, so that
 * only figures people entered remain, and says how many went.
 */
import { ConfigError, loadConfig } from './config';
import { openStore } from './store/open';
import { StorageStartError } from './store/startError';

async function removeDemo(): Promise<void> {
  const { dataDir, databaseUrl } = loadConfig();
  const store = await openStore({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
  try {
    let removed = 0;
    for (const plan of await store.listPlans()) removed += await store.removeDemoData(plan.id);
    console.log(`已删除 ${removed} 条示例数据 / Removed ${removed} demo figures`);
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
