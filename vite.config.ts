import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA. In development `/api` goes to the real server on API_PORT (default 3000); with
// VITE_MOCK_API=1 it is served in the browser by the mock instead and no server is needed.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? '3000'}` },
  },
  // The mock reads and writes Excel with exceljs, loaded when first needed; bundling it up front
  // spares the mock's dev server a page reload at that moment.
  optimizeDeps: { include: ['exceljs', 'papaparse'] },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // dist/.vite/manifest.json: the server links a rendered screen's own styles and scripts from it.
    manifest: true,
  },
});
