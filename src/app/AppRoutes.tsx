/**
 * The screens and their addresses. Every screen sits inside the shared layout. The indicator page
 * is loaded on first visit, so its chart code stays out of the overview's first load.
 */
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '../components/states/LoadingState';
import { OverviewPage } from '../features/overview/OverviewPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

const IndicatorPage = lazy(() => import('../features/indicator/IndicatorPage'));

export function AppRoutes() {
  return (
    <Routes>
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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
