/**
 * The screens and their addresses. Every screen sits inside the shared layout. Screens that
 * combine features are put together in ./pages; the others are a feature's own page. The indicator page
 * is loaded on first visit, so its chart code stays out of the overview's first load.
 */
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '../components/states/LoadingState';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { OverviewPage } from './pages/OverviewPage';

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
const PlansAdminPage = lazy(() => import('../features/planAdmin/PlansAdminPage'));
const NewPlanPage = lazy(() => import('../features/planAdmin/NewPlanPage'));
const FrameEditorPage = lazy(() => import('../features/planAdmin/FrameEditorPage'));
const IndicatorsAdminPage = lazy(() => import('../features/planAdmin/IndicatorsAdminPage'));
const IndicatorEditorPage = lazy(() => import('./pages/IndicatorEditorPage'));
const DepartmentsAdminPage = lazy(() => import('../features/planAdmin/DepartmentsAdminPage'));
const BenchmarksAdminPage = lazy(() => import('../features/planAdmin/BenchmarksAdminPage'));
const WorkItemsAdminPage = lazy(() => import('../features/planAdmin/WorkItemsAdminPage'));

/** Plan administration (admins; work-item progress also the lead department's editors). */
const planAdminRoutes = [
  { path: 'admin/plans', Page: PlansAdminPage },
  { path: 'plans/new', Page: NewPlanPage },
  { path: 'plans/:planId/admin', Page: FrameEditorPage },
  { path: 'plans/:planId/admin/indicators', Page: IndicatorsAdminPage },
  { path: 'plans/:planId/admin/indicators/new', Page: IndicatorEditorPage },
  { path: 'plans/:planId/admin/indicators/:indicatorId', Page: IndicatorEditorPage },
  { path: 'plans/:planId/admin/departments', Page: DepartmentsAdminPage },
  { path: 'plans/:planId/admin/benchmarks', Page: BenchmarksAdminPage },
  { path: 'plans/:planId/admin/work-items', Page: WorkItemsAdminPage },
];

export function AppRoutes() {
  return (
    <Routes>
      {/* Presenting fills the screen, outside the site's frame. */}
      <Route
        path="present/:slideId?"
        element={
          <Suspense fallback={<LoadingState />}>
            <PresentPage />
          </Suspense>
        }
      />
      <Route element={<Layout />}>
        <Route index element={<OverviewPage />} />
        <Route
          path="indicators/:indicatorId"
          element={
            <Suspense fallback={<LoadingState />}>
              <IndicatorPage />
            </Suspense>
          }
        />
        <Route
          path="decks"
          element={
            <Suspense fallback={<LoadingState />}>
              <DecksPage />
            </Suspense>
          }
        />
        <Route
          path="brief"
          element={
            <Suspense fallback={<LoadingState />}>
              <BriefPage />
            </Suspense>
          }
        />
        <Route
          path="snapshots"
          element={
            <Suspense fallback={<LoadingState />}>
              <SnapshotsPage />
            </Suspense>
          }
        />
        <Route
          path="snapshots/:snapshotId"
          element={
            <Suspense fallback={<LoadingState />}>
              <SnapshotPage />
            </Suspense>
          }
        />
        <Route
          path="projects"
          element={
            <Suspense fallback={<LoadingState />}>
              <ProjectsPage />
            </Suspense>
          }
        />
        <Route
          path="projects/:projectId"
          element={
            <Suspense fallback={<LoadingState />}>
              <ProjectPage />
            </Suspense>
          }
        />
        <Route
          path="signin"
          element={
            <Suspense fallback={<LoadingState />}>
              <SignInPage />
            </Suspense>
          }
        />
        <Route
          path="admin/users"
          element={
            <Suspense fallback={<LoadingState />}>
              <AdminUsersPage />
            </Suspense>
          }
        />
        <Route
          path="entry"
          element={
            <Suspense fallback={<LoadingState />}>
              <EntryGridPage />
            </Suspense>
          }
        />
        <Route
          path="admin/audit"
          element={
            <Suspense fallback={<LoadingState />}>
              <AuditLogPage />
            </Suspense>
          }
        />
        <Route
          path="import"
          element={
            <Suspense fallback={<LoadingState />}>
              <ImportPage />
            </Suspense>
          }
        />
        {planAdminRoutes.map(({ path, Page }) => (
          <Route
            key={path}
            path={path}
            element={
              <Suspense fallback={<LoadingState />}>
                <Page />
              </Suspense>
            }
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
