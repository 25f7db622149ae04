/**
 * The files a server-rendered screen needs beyond the page's first load, found in the client
 * build's manifest (`build.manifest`, dist/.vite/manifest.json) from the screen's source files:
 * its stylesheets, which go in the head so the rendered HTML is drawn styled, and its scripts,
 * which are preloaded beside the app's own so the takeover does not wait on one chunk after
 * another. Without a manifest, nothing is added and the browser loads them as it always did.
 */
import { readFile } from 'node:fs/promises';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}

type Manifest = Record<string, ManifestChunk>;

export interface ScreenAssets {
  stylesheets: string[];
  scripts: string[];
}

const none: ScreenAssets = { stylesheets: [], scripts: [] };

/** The chunks a source needs, itself first, leaving out the page's entry and what it loads. */
function assetsIn(manifest: Manifest, sources: readonly string[]): ScreenAssets {
  const firstLoad = new Set<string>();
  const markFirstLoad = (key: string) => {
    if (firstLoad.has(key)) return;
    firstLoad.add(key);
    for (const imported of manifest[key]?.imports ?? []) markFirstLoad(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) markFirstLoad(key);

  const seen = new Set<string>();
  const stylesheets = new Set<string>();
  const scripts: string[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key) || firstLoad.has(key)) return;
    seen.add(key);
    scripts.push(`/${chunk.file}`);
    for (const css of chunk.css ?? []) stylesheets.add(`/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const source of sources) visit(source);
  return { stylesheets: [...stylesheets], scripts };
}

/** Reads the manifest once (again after a failure) and answers for a screen's sources. */
export function screenAssets(
  manifestFile: string | undefined,
): (sources: readonly string[]) => Promise<ScreenAssets> {
  let manifest: Promise<Manifest | null> | undefined;
  const readManifest = () =>
    (manifest ??= manifestFile
      ? readFile(manifestFile, 'utf8').then(
          (text) => JSON.parse(text) as Manifest,
          () => {
            manifest = undefined;
            return null;
          },
        )
      : Promise.resolve(null));
  return async (sources) => {
    if (sources.length === 0) return none;
    const read = await readManifest();
    return read ? assetsIn(read, sources) : none;
  };
}

/** The page with these stylesheets linked at the end of its head (each once). */
export function withStylesheets(page: string, stylesheets: readonly string[]): string {
  const links = stylesheets
    .filter((href) => !page.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" crossorigin href="${href}">`);
  return links.length === 0 ? page : page.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`);
}
