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
import { useHydrated } from '../../lib/useHydrated';

const ActionTaskMapping = lazy(() =>
  import('../../features/definitions/ActionTaskMapping').then((module) => ({
    default: module.ActionTaskMapping,
  })),
);

/**
 * For admins only; its code and texts load once the page is working and an admin is signed in.
 * The server renders nothing here, even for an admin, and neither does the browser's takeover of
 * that page: a part still loading would leave the server's rendering unfinished.
 */
function AdminActionTaskMapping(props: ComponentProps<typeof ActionTaskMapping>) {
  const isAdmin = useSessionUser()?.role === 'admin';
  const hydrated = useHydrated();
  if (!isAdmin || !hydrated) return null;
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
