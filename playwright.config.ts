import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/browser/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
/** The SPA on mock data, with no server at all: what `npm run mock` serves. */
export const mockPort = Number(process.env.E2E_MOCK_PORT ?? 5174);

// The browser suite runs the real server, on the built SPA and a temporary SQLite directory.
export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'off',
  },
  webServer: [
    {
      command: `bash -c 'export DATA_DIR="$(mktemp -d)"; exec npx tsx server/main.ts'`,
      env: { PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: '1' },
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command: `npx vite --mode mock --port ${mockPort} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${mockPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
