/**
 * A server-rendered page shows its figures from the HTML alone, so the scripts that make it
 * interactive are asked for once it has painted, rather than competing with it for the network and
 * the main thread: the built page's script and preload tags move into a small loader that runs
 * after the first frame.
 */
const moduleScript = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const modulePreload = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

export function loadScriptsAfterPaint(template: string): string {
  const scripts = [...template.matchAll(moduleScript)].map((match) => match[1]);
  const preloads = [...template.matchAll(modulePreload)].map((match) => match[1]);
  if (scripts.length === 0) return template;
  const loader =
    `<script>requestAnimationFrame(function(){setTimeout(function(){` +
    `${JSON.stringify(preloads)}.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)});` +
    `${JSON.stringify(scripts)}.forEach(function(s){var e=document.createElement('script');e.type='module';e.crossOrigin='';e.src=s;document.head.appendChild(e)})` +
    `})})</script>`;
  return template
    .replace(moduleScript, '')
    .replace(modulePreload, '')
    .replace('</body>', () => `${loader}\n  </body>`);
}
