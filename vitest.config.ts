import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two kinds of test: pure and server code in Node, components in jsdom. The browser suite is
// Playwright's (tests/browser) and does not run here. The machines the suite runs on are shared and
// sometimes busy, so a test may take up to 30 s before it counts as hung; no test asserts a time.
export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'server/**/*.test.ts',
            'mocks/**/*.test.ts',
            'tests/api/**/*.test.ts',
            'tests/store/**/*.test.ts',
            'tests/lint/**/*.test.ts',
          ],
          setupFiles: ['tests/setup/failOnConsoleError.ts'],
          // Files share a worker's modules instead of importing the server afresh for each, which
          // halves the suite's time; every file starts its own servers, stores and mock app.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['tests/setup/failOnConsoleError.ts', 'tests/setup/dom.ts'],
        },
      },
    ],
  },
});
