/**
 * What every screen of one plan's administration shares: admins only, the plan loaded (retired frame
 * items included), its title as the page heading and the tabs. The screen gets the plan tree.
 */
import type { ReactNode } from 'react';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import type { PlanTreeResponse } from '../../api/contract';
import { usePlanTree } from '../../lib/api/get-plan-tree';
import { useSessionUser } from '../../lib/api/get-session';
import { useLocalized } from '../../i18n/localized';
import { AdminOnly } from './AdminOnly';
import { PlanAdminNav } from './PlanAdminNav';
import { usePlanIdParam } from './usePlanIdParam';
import './registerMessages';
import './planAdmin.css';

interface PlanAdminFrameProps {
  /** The heading, given the plan's title in the user's language. */
  heading: (planTitle: string) => string;
  children: (tree: PlanTreeResponse) => ReactNode;
  /** Editors may come in too (work-item progress of the departments they lead). */
  editorsToo?: boolean;
}

export function PlanAdminFrame({ heading, children, editorsToo = false }: PlanAdminFrameProps) {
  return (
    <AdminOnly editorsToo={editorsToo}>
      <PlanAdminContent heading={heading}>{children}</PlanAdminContent>
    </AdminOnly>
  );
}

function PlanAdminContent({ heading, children }: PlanAdminFrameProps) {
  const planId = usePlanIdParam();
  const { pick } = useLocalized();
  const tree = usePlanTree(planId, undefined);
  const isAdmin = useSessionUser()?.role === 'admin';
  if (tree.isPending) return <LoadingState />;
  if (tree.isError) return <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />;
  const title = `${tree.data.plan.year} · ${pick(tree.data.plan.title)}`;
  return (
    <section className="page plan-admin">
      <h1 className="page__title">{heading(title)}</h1>
      {isAdmin ? <PlanAdminNav planId={planId} /> : null}
      {children(tree.data)}
    </section>
  );
}
