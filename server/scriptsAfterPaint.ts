/**
 * A server-rendered page shows its figures from the HTML alone, so the scripts that make it
 * interactive are asked for once it has painted, rather than competing with it for the network and
 * the main thread: the built page's script and preload tags move into a small loader that runs
 * after the first frame (or after a second, in a background tab that draws no frames). The entry
 * script is asked for first and its modules' preloads follow a few at a time, each batch in a task
 * of its own, so that asking for fifty files never holds the page still. If a script cannot be
 * loaded, the page says so and asks to be reloaded.
 */
const moduleScript = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const modulePreload = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

export const scriptFailureText =
  '页面脚本未能加载,请刷新页面。 / The page could not load its scripts; reload the page.';

/**
 * The loader, as the browser runs it: plain ES5 in a string, since the TypeScript runner would add
 * helpers to a function's source that the page does not have. Called with the preload URLs, the
 * script URLs and the failure notice.
 */
const loaderSource = `function (preloads, scripts, failureText) {
  var started = false;
  var batch = 8;
  function fail() {
    var notice = document.createElement('p');
    notice.setAttribute('role', 'alert');
    notice.className = 'script-failure';
    notice.textContent = failureText;
    document.body.insertBefore(notice, document.body.firstChild);
  }
  function preload(from) {
    preloads.slice(from, from + batch).forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    if (from + batch < preloads.length) setTimeout(function () { preload(from + batch); }, 0);
  }
  function start() {
    if (started) return;
    started = true;
    scripts.forEach(function (src) {
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = src;
      script.onerror = fail;
      document.head.appendChild(script);
    });
    preload(0);
  }
  requestAnimationFrame(function () { setTimeout(start, 0); });
  setTimeout(start, 1000);
}`;

/** `screenScripts`: the rendered screen's own chunks, preloaded with the app's (see screenAssets.ts). */
export function loadScriptsAfterPaint(template: string, screenScripts: readonly string[] = []): string {
  const scripts = [...template.matchAll(moduleScript)].map((match) => match[1] ?? '');
  const preloads = [...template.matchAll(modulePreload)].map((match) => match[1] ?? '');
  for (const script of screenScripts) if (!preloads.includes(script)) preloads.push(script);
  if (scripts.length === 0 || !template.includes('</body>')) return template;
  const call = [preloads, scripts, scriptFailureText].map((argument) => JSON.stringify(argument)).join(',');
  const loader = `<script>(${loaderSource})(${call.replace(/</g, '\\u003c')})</script>`;
  return template
    .replace(moduleScript, '')
    .replace(modulePreload, '')
    .replace('</body>', () => `${loader}\n  </body>`);
}
