/**
 * The screens and their addresses. Every screen of a plan sits under `/plans/:planId/`, behind
 * PlanScope (an unknown plan shows its not-found page); `/` and the addresses from before plans
 * were named in them lead there (plan/legacyRedirects.tsx). Every screen but presenting sits inside
 * the shared layout. Screens that combine features are put together in ./pages; the others are a
 * feature's own page. Screens other than the overview are loaded on first visit, so their code
 * stays out of the overview's first load.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '../components/states/LoadingState';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { OverviewPage } from './pages/OverviewPage';
import {
  IndicatorRedirect,
  PresentRedirect,
  ProjectRedirect,
  SnapshotRedirect,
  ToDefaultPlan,
} from './plan/legacyRedirects';
import { PlanListPage } from './plan/PlanListPage';
import { PlanScope } from './plan/PlanScope';

const IndicatorPage = lazy(() => import('./pages/IndicatorPage'));
const PresentPage = lazy(() => import('../features/present/PresentPage'));
const DecksPage = lazy(() => import('../features/present/DecksPage'));
const BriefPage = lazy(() => import('../features/brief/BriefPage'));
const SnapshotsPage = lazy(() => import('../features/snapshots/SnapshotsPage'));
const SnapshotPage = lazy(() => import('../features/snapshots/SnapshotPage'));
const ProjectsPage = lazy(() => import('./pages/ProjectsPage'));
const ProjectPage = lazy(() => import('../features/projects/ProjectPage'));
const SignInPage = lazy(() => import('../features/account/SignInPage'));
const AdminUsersPage = lazy(() => import('../features/account/AdminUsersPage'));
const ImportPage = lazy(() => import('../features/transfer/ImportPage'));
const EntryGridPage = lazy(() => import('../features/entry/EntryGridPage'));
const AuditLogPage = lazy(() => import('../features/audit/AuditLogPage'));

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
  { path: 'import', element: <ImportPage /> },
  { path: 'audit', element: <AuditLogPage /> },
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
      <Route path="present/:slideId?" element={<PresentRedirect />} />
      <Route element={<Layout />}>
        <Route index element={<ToDefaultPlan screen="" />} />
        <Route path="plans" element={<PlanListPage />} />
        {/* Plan administration (/plans/new, /plans/:planId/admin/…) takes its place beside these. */}
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
        <Route path="indicators/:indicatorId" element={<IndicatorRedirect />} />
        <Route path="projects/:projectId" element={<ProjectRedirect />} />
        <Route path="snapshots/:snapshotId" element={<SnapshotRedirect />} />
        {legacyScreens.map(({ path, screen }) => (
          <Route key={path} path={path} element={<ToDefaultPlan screen={screen} />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
