/**
 * The overview (`/`) as put together from its features: the overview itself, with the plan's
 * export buttons (transfer), the admins' action-to-task mapping (definitions) and the links to
 * the projects behind derived indicators (projects).
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { OverviewPage as Overview } from '../../features/overview/OverviewPage';
import { OverviewSlotsContext, type OverviewSlots } from '../../features/overview/overviewSlots';
import { SeeProjectsLink } from '../../features/projects/SeeProjectsLink';
import { ExportButtons } from '../../features/transfer/ExportButtons';
import { WhenTextsLoaded } from '../../i18n/WhenTextsLoaded';
import { useSessionUser } from '../../lib/api/get-session';

const ActionTaskMapping = lazy(() =>
  import('../../features/definitions/ActionTaskMapping').then((module) => ({
    default: module.ActionTaskMapping,
  })),
);

/**
 * For admins only; its code and texts load once an admin is signed in (the server renders nothing
 * here, as it knows no session).
 */
function AdminActionTaskMapping(props: ComponentProps<typeof ActionTaskMapping>) {
  const isAdmin = useSessionUser()?.role === 'admin';
  if (!isAdmin) return null;
  return (
    <WhenTextsLoaded namespaces={['definitions']}>
      <Suspense fallback={null}>
        <ActionTaskMapping {...props} />
      </Suspense>
    </WhenTextsLoaded>
  );
}

function PlanExportButtons({ planId, asOf }: { planId: string; asOf: string | undefined }) {
  return <ExportButtons planId={planId} target="plan" asOf={asOf} />;
}

const slots: OverviewSlots = {
  ExportButtons: PlanExportButtons,
  ActionTaskMapping: AdminActionTaskMapping,
  SeeProjectsLink,
};

export function OverviewPage() {
  return (
    <OverviewSlotsContext value={slots}>
      <Overview />
    </OverviewSlotsContext>
  );
}
