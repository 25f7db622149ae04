/**
 * The screens and their addresses. Every screen of a plan sits under `/plans/:planId/`, behind
 * PlanScope (an unknown plan shows its not-found page); `/` and the addresses from before plans
 * were named in them lead there (plan/legacyRedirects.tsx). Every screen but presenting sits inside
 * the shared layout. Screens that combine features are put together in ./pages; the others are a
 * feature's own page. Screens other than the overview (and the redirects from old addresses) are loaded on first visit, so their code
 * stays out of the overview's first load, and their texts load with them.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { LoadingState } from '../components/states/LoadingState';
import { loadNamespaces } from '../i18n/i18n';
import type { LoadedNamespace } from '../i18n/resources';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { OverviewPage } from './pages/OverviewPage';
import { PlanScope } from './plan/PlanScope';

/** A thenable already settled: React.lazy takes its value without waiting a turn. */
function settled<Value>(value: Value): PromiseLike<Value> {
  return {
    then: <Result1, Result2>(onFulfilled?: ((value: Value) => Result1 | PromiseLike<Result1>) | null) =>
      Promise.resolve(onFulfilled ? onFulfilled(value) : value) as PromiseLike<Result1 | Result2>,
  };
}

/**
 * A lazily loaded page: its code and the texts of every feature it shows, fetched side by side.
 * (A namespace left out here still loads when first used, only later.)
 */
function page(load: () => Promise<{ default: ComponentType }>, namespaces: readonly LoadedNamespace[]) {
  let loaded: { default: ComponentType } | undefined;
  const preload = () =>
    Promise.all([load(), loadNamespaces(namespaces)]).then(([module]) => (loaded = module));
  // Once loaded, handed over at once (a thenable that answers as it is asked), so a page rendered
  // on the server, or taken over in the browser, shows the screen rather than its fallback.
  const Page = lazy(() => (loaded ? (settled(loaded) as Promise<{ default: ComponentType }>) : preload()));
  return Object.assign(Page, { preload, namespaces });
}

/** One named export of a module, loaded on first use (the redirects and the plan list). */
function named<Props extends object, Module>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType<Props>,
) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

const redirects = () => import('./plan/legacyRedirects');
const ToDefaultPlan = named(redirects, (module) => module.ToDefaultPlan);
const IndicatorRedirect = named(redirects, (module) => module.IndicatorRedirect);
const ProjectRedirect = named(redirects, (module) => module.ProjectRedirect);
const SnapshotRedirect = named(redirects, (module) => module.SnapshotRedirect);
const PresentRedirect = named(redirects, (module) => module.PresentRedirect);
const PlanListPage = named(
  () => import('./plan/PlanListPage'),
  (module) => module.PlanListPage,
);

const IndicatorPage = page(
  () => import('./pages/IndicatorPage'),
  ['indicator', 'present', 'entry', 'definitions', 'audit', 'accountability'],
);
const PresentPage = page(() => import('../features/present/PresentPage'), ['present']);
const DecksPage = page(() => import('../features/present/DecksPage'), ['present']);
const BriefPage = page(() => import('../features/brief/BriefPage'), ['brief']);
const SnapshotsPage = page(() => import('../features/snapshots/SnapshotsPage'), ['snapshots']);
const SnapshotPage = page(() => import('../features/snapshots/SnapshotPage'), ['snapshots']);
const ProjectsPage = page(() => import('./pages/ProjectsPage'), ['projects']);
const ProjectPage = page(() => import('../features/projects/ProjectPage'), ['projects']);
const SignInPage = page(() => import('../features/account/SignInPage'), ['account']);
const AdminUsersPage = page(
  () => import('../features/account/AdminUsersPage'),
  ['account', 'audit', 'entry'],
);
const ImportPage = page(() => import('../features/transfer/ImportPage'), ['transfer']);
const DraftPage = page(() => import('../features/drafting/DraftPage'), ['drafting']);
const EntryGridPage = page(() => import('../features/entry/EntryGridPage'), ['entry']);
const ReviewPage = page(() => import('../features/entry/ReviewPage'), ['entry']);
const TodoPage = page(() => import('../features/accountability/TodoPage'), ['accountability']);
const NotificationsPage = page(() => import('../features/alerts/NotificationsPage'), ['alerts']);
const WebhooksAdminPage = page(() => import('../features/alerts/WebhooksAdminPage'), ['alerts']);
const AuditLogPage = page(() => import('../features/audit/AuditLogPage'), ['audit', 'entry']);

const PlansAdminPage = page(() => import('../features/planAdmin/PlansAdminPage'), ['definitions']);
const NewPlanPage = page(() => import('../features/planAdmin/NewPlanPage'), ['definitions']);
const PlanTemplateImportPage = page(
  () => import('../features/planAdmin/PlanTemplateImportPage'),
  ['definitions'],
);
const FrameEditorPage = page(() => import('../features/planAdmin/FrameEditorPage'), ['definitions']);
const IndicatorsAdminPage = page(() => import('../features/planAdmin/IndicatorsAdminPage'), ['definitions']);
const IndicatorEditorPage = page(() => import('./pages/IndicatorEditorPage'), ['definitions']);
const DepartmentsAdminPage = page(
  () => import('../features/planAdmin/DepartmentsAdminPage'),
  ['definitions'],
);
const BenchmarksAdminPage = page(() => import('../features/planAdmin/BenchmarksAdminPage'), ['definitions']);
const WorkItemsAdminPage = page(() => import('../features/planAdmin/WorkItemsAdminPage'), ['definitions']);

/**
 * The screens of a plan the server renders besides the overview, by their address: loading one
 * before rendering lets the render (or the takeover of the rendered page) show it at once.
 */
const preloadedScreens = [
  {
    path: '/plans/:planId/indicators/:indicatorId',
    Page: IndicatorPage,
    source: 'src/app/pages/IndicatorPage.tsx',
  },
  { path: '/plans/:planId/projects', Page: ProjectsPage, source: 'src/app/pages/ProjectsPage.tsx' },
  {
    path: '/plans/:planId/present/:slideId?',
    Page: PresentPage,
    source: 'src/features/present/PresentPage.tsx',
  },
  { path: '/plans/:planId/brief', Page: BriefPage, source: 'src/features/brief/BriefPage.tsx' },
];

function preloadedScreenAt(pathname: string) {
  return preloadedScreens.find(({ path }) => matchPath(path, pathname));
}

/** Loads the code and texts of the screen at `pathname`, when it is one of those; resolves at once otherwise. */
export async function preloadScreen(pathname: string): Promise<void> {
  await preloadedScreenAt(pathname)?.Page.preload();
}

/**
 * The source files (as the build's manifest names them) of the screen at `pathname` and of its
 * texts, when it is one of those, so the server can name the files the page needs.
 */
export function screenSources(pathname: string): string[] {
  const screen = preloadedScreenAt(pathname);
  if (!screen) return [];
  return [
    screen.source,
    ...screen.Page.namespaces.map((namespace) => `src/features/${namespace}/messages.ts`),
  ];
}

/** Plan administration (admins; work-item progress also the lead department's editors). */
const planAdminRoutes = [
  { path: 'admin/plans', Page: PlansAdminPage },
  { path: 'plans/new', Page: NewPlanPage },
  { path: 'admin/plans/import', Page: PlanTemplateImportPage },
  { path: 'plans/:planId/admin', Page: FrameEditorPage },
  { path: 'plans/:planId/admin/indicators', Page: IndicatorsAdminPage },
  { path: 'plans/:planId/admin/indicators/new', Page: IndicatorEditorPage },
  { path: 'plans/:planId/admin/indicators/:indicatorId', Page: IndicatorEditorPage },
  { path: 'plans/:planId/admin/departments', Page: DepartmentsAdminPage },
  { path: 'plans/:planId/admin/benchmarks', Page: BenchmarksAdminPage },
  { path: 'plans/:planId/admin/work-items', Page: WorkItemsAdminPage },
];

function Loaded({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

/** The screens of one plan, each by its address after `/plans/:planId/`. */
const planScreens: { path: string; element: ReactNode }[] = [
  { path: 'indicators/:indicatorId', element: <IndicatorPage /> },
  { path: 'projects', element: <ProjectsPage /> },
  { path: 'projects/:projectId', element: <ProjectPage /> },
  { path: 'decks', element: <DecksPage /> },
  { path: 'brief', element: <BriefPage /> },
  { path: 'snapshots', element: <SnapshotsPage /> },
  { path: 'snapshots/:snapshotId', element: <SnapshotPage /> },
  { path: 'entry', element: <EntryGridPage /> },
  { path: 'review', element: <ReviewPage /> },
  { path: 'import', element: <ImportPage /> },
  { path: 'audit', element: <AuditLogPage /> },
  { path: 'todo', element: <TodoPage /> },
];

/** Old addresses of screens that belong to no one record: they open the default plan's screen. */
const legacyScreens: { path: string; screen: string }[] = [
  { path: 'projects', screen: 'projects' },
  { path: 'decks', screen: 'decks' },
  { path: 'brief', screen: 'brief' },
  { path: 'snapshots', screen: 'snapshots' },
  { path: 'entry', screen: 'entry' },
  { path: 'import', screen: 'import' },
  { path: 'admin/audit', screen: 'audit' },
];

export function AppRoutes() {
  return (
    <Routes>
      {/* Presenting fills the screen, outside the site's frame. */}
      <Route
        path="plans/:planId/present/:slideId?"
        element={
          <PlanScope>
            <Loaded>
              <PresentPage />
            </Loaded>
          </PlanScope>
        }
      />
      <Route
        path="present/:slideId?"
        element={
          <Loaded>
            <PresentRedirect />
          </Loaded>
        }
      />
      <Route element={<Layout />}>
        <Route
          index
          element={
            <Loaded>
              <ToDefaultPlan screen="" />
            </Loaded>
          }
        />
        <Route
          path="plans"
          element={
            <Loaded>
              <PlanListPage />
            </Loaded>
          }
        />
        <Route path="plans/:planId" element={<PlanScope />}>
          <Route index element={<OverviewPage />} />
          {planScreens.map(({ path, element }) => (
            <Route key={path} path={path} element={<Loaded>{element}</Loaded>} />
          ))}
        </Route>
        <Route
          path="signin"
          element={
            <Loaded>
              <SignInPage />
            </Loaded>
          }
        />
        <Route
          path="admin/users"
          element={
            <Loaded>
              <AdminUsersPage />
            </Loaded>
          }
        />
        <Route
          path="notifications"
          element={
            <Loaded>
              <NotificationsPage />
            </Loaded>
          }
        />
        <Route
          path="admin/webhooks"
          element={
            <Loaded>
              <WebhooksAdminPage />
            </Loaded>
          }
        />
        <Route
          path="drafts"
          element={
            <Loaded>
              <DraftPage />
            </Loaded>
          }
        />
        <Route
          path="indicators/:indicatorId"
          element={
            <Loaded>
              <IndicatorRedirect />
            </Loaded>
          }
        />
        <Route
          path="projects/:projectId"
          element={
            <Loaded>
              <ProjectRedirect />
            </Loaded>
          }
        />
        <Route
          path="snapshots/:snapshotId"
          element={
            <Loaded>
              <SnapshotRedirect />
            </Loaded>
          }
        />
        {legacyScreens.map(({ path, screen }) => (
          <Route
            key={path}
            path={path}
            element={
              <Loaded>
                <ToDefaultPlan screen={screen} />
              </Loaded>
            }
          />
        ))}
        {planAdminRoutes.map(({ path, Page }) => (
          <Route
            key={path}
            path={path}
            element={
              <Loaded>
                <Page />
              </Loaded>
            }
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
