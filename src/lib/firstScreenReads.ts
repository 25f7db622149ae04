/**
 * The API reads the server made to render this page's first screen (addresses below `/api`).
 * The browser takes those answers from the page instead of fetching them, so what keeps copies of
 * what the page read (the presentation's offline worker) learns of them here. Set once, when the
 * app takes over a server-rendered page.
 */
let readByServer: readonly string[] = [];

export function rememberFirstScreenReads(apiPaths: readonly string[]): void {
  readByServer = apiPaths;
}

export function firstScreenReads(): readonly string[] {
  return readByServer;
}
