/**
 * The screens and their addresses. Every screen but presenting sits inside the shared layout.
 * Screens that combine features are put together in ./pages; the others are a feature's own page.
 * Every page but the overview loads on first visit together with its texts, so the overview's
 * first load carries neither their code nor their texts.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '../components/states/LoadingState';
import { loadNamespaces } from '../i18n/i18n';
import type { LoadedNamespace } from '../i18n/resources';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { OverviewPage } from './pages/OverviewPage';

/**
 * A lazily loaded page: its code and the texts of every feature it shows, fetched side by side.
 * (A namespace left out here still loads when first used, only later.)
 */
function page(load: () => Promise<{ default: ComponentType }>, namespaces: readonly LoadedNamespace[]) {
  return lazy(() => Promise.all([load(), loadNamespaces(namespaces)]).then(([module]) => module));
}

const IndicatorPage = page(
  () => import('./pages/IndicatorPage'),
  ['indicator', 'present', 'entry', 'definitions', 'audit'],
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
const AuditLogPage = page(() => import('../features/audit/AuditLogPage'), ['audit', 'entry']);

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
        <Route
          path="drafts"
          element={
            <Suspense fallback={<LoadingState />}>
              <DraftPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
