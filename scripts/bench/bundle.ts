/** Gzip sizes of the built SPA: what the overview's first load fetches, and every chunk. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  firstLoadJsGzip: number;
  firstLoadCssGzip: number;
  chunks: { file: string; gzip: number }[];
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function measureBundle(distDir: string): BundleFigures {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1]!,
  );
  const sizeOf = (extension: string) =>
    firstLoad
      .filter((file) => file.endsWith(extension))
      .reduce((sum, file) => sum + gzipSize(path.join(distDir, file)), 0);
  const assets = path.join(distDir, 'assets');
  const chunks = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, gzip: gzipSize(path.join(assets, file)) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { firstLoadJsGzip: sizeOf('.js'), firstLoadCssGzip: sizeOf('.css'), chunks };
}
