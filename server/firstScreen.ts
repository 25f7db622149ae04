/**
 * Server rendering of a plan's first screens (its overview `/plans/:planId/`, an indicator, the
 * projects list, the presentation and the monthly brief: the renderer's `isFirstScreen` says
 * which), and the redirect of `/`
 * to the plan it opens (the one whose id the visitor's `plan` cookie remembers, else the current
 * year's, else the latest). The renderer is the app itself, built by
 * `vite build --ssr` into dist-server/; it reads through this server's own API with the visitor's
 * cookies, so it shows exactly what that visitor may see. Without the build, for any other address,
 * or when a read fails, the page goes out as built and the browser renders it.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'hono/utils/cookie';
import type { ApiRead } from '../src/app/firstScreenQueries';
import {
  firstScreenStateId,
  serializeFirstScreenState,
  type FirstScreenQuery,
  type FirstScreenState,
} from '../src/app/firstScreenState';
import { todayInChina } from '../src/domain/period';
import { defaultLocale, isLocale, localeCookieName, type Locale } from '../src/i18n/locales';
import { contentTag } from './http/cachedBody';
import { createReadCache } from './live/readCache';
import { planCookieName } from '../src/lib/plan/rememberedPlan';
import { screenAssets, withStylesheets } from './screenAssets';
import { loadScriptsAfterPaint } from './scriptsAfterPaint';

interface RendererModule {
  firstScreenRedirect?(url: URL, read: ApiRead, rememberedPlanId: string | null): Promise<string | null>;
  firstScreenQueries(url: URL, read: ApiRead): Promise<FirstScreenQuery[] | null>;
  /** Whether the address is one the renderer renders: only those pages are kept. */
  isFirstScreen(url: URL): boolean;
  /** Loads the code of the screen at the address, so it is rendered rather than its loading state. */
  preloadScreen?(pathname: string): Promise<void>;
  /** The app's source files the screen at the address loads besides the first load (see screenAssets.ts). */
  screenSources?(pathname: string): string[];
  renderFirstScreen(url: string, state: FirstScreenState): string;
}

export interface PageRequest {
  url: URL;
  cookie: string | undefined;
}

/** What to send for a request: a page, or a redirect to another address of the app. */
export type RenderedPage = string | { redirect: string };

/** Returns what to send for a request, given the built index.html. */
export type PageRenderer = (request: PageRequest, template: string) => Promise<RenderedPage>;

const rootElement = '<div id="root"></div>';

function rememberedPlanOf(cookie: string | undefined): string | null {
  return parse(cookie ?? '', planCookieName)[planCookieName] || null;
}

function localeOf(cookie: string | undefined): Locale {
  const chosen = parse(cookie ?? '', localeCookieName)[localeCookieName];
  return isLocale(chosen) ? chosen : defaultLocale;
}

/** React renders the page's <title> first; it belongs in the head, in place of the built one. */
function placeTitle(template: string, html: string): { template: string; html: string } {
  const match = /^<title>[^<]*<\/title>/.exec(html);
  if (!match) return { template, html };
  return {
    template: template.replace(/<title>[^<]*<\/title>/, () => match[0]),
    html: html.slice(match[0].length),
  };
}

/** What the renderer reads through: the API app, answering in process. */
export interface InProcessApi {
  request(path: string, init: RequestInit): Response | Promise<Response>;
}

/** Where a failed rendering is reported; the visitor gets the page unrendered either way. */
export type RenderFailureLog = (message: string, error: unknown) => void;

/**
 * Keeps rendered pages until the next change: `version` is the live-update bus's, which changes
 * with every change heard. A kept page is given only to a visitor who may read the plans now.
 */
export interface PageCacheOptions {
  version: () => number;
  /** ANONYMOUS_VIEW: when anyone may read, no visitor need be asked about. */
  anyoneMayRead: boolean;
}

/** Rendered pages kept at most (a projects list runs to a few hundred kilobytes). */
const pagesKept = 100;

/**
 * `manifestFile` is the client build's manifest (dist/.vite/manifest.json): from it a rendered
 * screen gets its own stylesheets in the head and its scripts preloaded (screenAssets.ts).
 */
export function createPageRenderer(
  entryFile: string,
  api: InProcessApi,
  logFailure: RenderFailureLog = (message, error) => console.error(message, error),
  pageCache?: PageCacheOptions,
  manifestFile?: string,
): PageRenderer | null {
  if (!existsSync(entryFile)) return null;
  let loading: Promise<RendererModule> | undefined;
  // A failed import is tried again on the next page, not remembered.
  const load = () =>
    (loading ??= (import(pathToFileURL(entryFile).href) as Promise<RendererModule>).catch(
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));

  const render = async (
    { url, cookie }: PageRequest,
    template: string,
    locale: Locale,
  ): Promise<RenderedPage> => {
    try {
      const renderer = await load();
      const read: ApiRead = async (apiPath) => {
        const response = await api.request(`/api${apiPath}`, {
          headers: {
            Accept: 'application/json',
            'Accept-Language': locale,
            ...(cookie ? { Cookie: cookie } : {}),
          },
        });
        return response.ok ? ((await response.json()) as unknown) : undefined;
      };
      const redirect = await renderer.firstScreenRedirect?.(url, read, rememberedPlanOf(cookie));
      if (redirect) return { redirect };
      const renderedAt = Date.now();
      const queries = await renderer.firstScreenQueries(url, read);
      if (!queries) return template;
      const state: FirstScreenState = { locale, renderedAt, queries };
      await renderer.preloadScreen?.(url.pathname);
      const rendered = placeTitle(template, renderer.renderFirstScreen(url.pathname + url.search, state));
      const assets = await assetsOf(renderer.screenSources?.(url.pathname) ?? []);
      return loadScriptsAfterPaint(withStylesheets(rendered.template, assets.stylesheets), assets.scripts)
        .replace(/<html lang="[^"]*">/, () => `<html lang="${locale}">`)
        .replace(
          rootElement,
          () =>
            `<div id="root">${rendered.html}</div><script type="application/json" id="${firstScreenStateId}">${serializeFirstScreenState(state)}</script>`,
        );
    } catch (error) {
      logFailure('server rendering failed; the page goes out unrendered:', error);
      return template;
    }
  };

  const assetsOf = screenAssets(manifestFile);
  const pages = pageCache ? createReadCache(pageCache, pagesKept) : null;
  return async (request, template) => {
    if (!template.includes(rootElement)) return template;
    const locale = localeOf(request.cookie);
    // Only the screens the renderer renders are kept; `/` redirects by the visitor's remembered plan.
    const kept = pages && (await load().then((renderer) => renderer.isFirstScreen(request.url), () => false));
    if (!pages || !kept) return render(request, template, locale);
    // The rendered page holds only what any reader may see; whether this visitor may read is
    // asked of the API each time, as the renderer's own reads would.
    if (!pageCache?.anyoneMayRead) {
      const mayRead = await api.request('/api/plans', {
        headers: request.cookie ? { Cookie: request.cookie } : {},
      });
      if (!mayRead.ok) return template;
    }
    const key = [request.url.pathname, request.url.search, locale, todayInChina(), contentTag(template)].join(' ');
    try {
      return await pages.get(key, async () => {
        const rendered = await render(request, template, locale);
        // A page that could not be rendered is not kept: the next visitor tries again.
        if (typeof rendered !== 'string' || rendered === template) throw new PageNotRendered();
        return rendered;
      });
    } catch (error) {
      if (error instanceof PageNotRendered) return template;
      throw error;
    }
  };
}

class PageNotRendered extends Error {}
