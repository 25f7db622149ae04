/**
 * Addresses from before plans were named in them (`/indicators/:id`, `/projects`, `/present`…)
 * keep working: each leads to the same screen of the plan it belongs to, with its query string
 * (?asOf=…, filters) intact. An indicator, project, snapshot or deck tells its plan; the other
 * screens open the default plan (see useDefaultPlan).
 */
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { useIndicator } from '../../lib/api/get-indicator';
import { planPath } from '../../lib/plan/planAddress';
import { useDeck } from '../../features/present/api/get-deck';
import { useProject } from '../../features/projects/api/get-project';
import { useSnapshot } from '../../features/snapshots/api/get-snapshot';
import { NotFoundPage } from '../NotFoundPage';
import { useDefaultPlan } from './useDefaultPlan';

interface Lookup {
  planId: string | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  isFetching: boolean;
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** Sends the visitor to `screen` of the plan `lookup` finds, keeping the query string and state. */
function RedirectWithin({ lookup, screen }: { lookup: Lookup; screen: string }) {
  const location = useLocation();
  if (lookup.planId !== undefined) {
    return <Navigate replace to={planPath(lookup.planId, screen) + location.search} state={location.state} />;
  }
  if (lookup.isError) {
    if (isNotFound(lookup.error)) return <NotFoundPage />;
    return (
      <div className="page">
        <ErrorState error={lookup.error} onRetry={() => void lookup.refetch()} retrying={lookup.isFetching} />
      </div>
    );
  }
  return <LoadingState blocks={2} />;
}

/** A screen that belongs to no record: the default plan's. */
export function ToDefaultPlan({ screen }: { screen: string }) {
  const { t } = useTranslation();
  const { plans, plan } = useDefaultPlan();
  if (plans.data && !plan) {
    return (
      <div className="page">
        <EmptyState title={t('empty.noPlan')} hint={t('empty.noPlanHint')} />
      </div>
    );
  }
  const lookup = { ...plans, planId: plan?.id, refetch: plans.refetch };
  return <RedirectWithin lookup={lookup} screen={screen} />;
}

function param(value: string | undefined): string {
  return encodeURIComponent(value ?? '');
}

export function IndicatorRedirect() {
  const { indicatorId } = useParams();
  const indicator = useIndicator(indicatorId ?? '', undefined);
  return (
    <RedirectWithin
      lookup={{ ...indicator, planId: indicator.data?.indicator.planId }}
      screen={`indicators/${param(indicatorId)}`}
    />
  );
}

export function ProjectRedirect() {
  const { projectId } = useParams();
  const project = useProject(projectId ?? '');
  return (
    <RedirectWithin
      lookup={{ ...project, planId: project.data?.project.planId }}
      screen={`projects/${param(projectId)}`}
    />
  );
}

export function SnapshotRedirect() {
  const { snapshotId } = useParams();
  const snapshot = useSnapshot(snapshotId ?? '');
  return (
    <RedirectWithin
      lookup={{ ...snapshot, planId: snapshot.data?.planId }}
      screen={`snapshots/${param(snapshotId)}`}
    />
  );
}

/** `/present?deck=…` opens the deck's plan; `/present` alone the default plan. */
export function PresentRedirect() {
  const { slideId } = useParams();
  const location = useLocation();
  const deckId = new URLSearchParams(location.search).get('deck') ?? undefined;
  const deck = useDeck(deckId);
  const screen = `present/${slideId ? param(slideId) : ''}`;
  if (!deckId) return <ToDefaultPlan screen={screen} />;
  return <RedirectWithin lookup={{ ...deck, planId: deck.data?.planId }} screen={screen} />;
}
