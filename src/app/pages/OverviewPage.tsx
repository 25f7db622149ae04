/**
 * The overview (`/`) as put together from its features: the overview itself, with the plan's
 * export buttons (transfer), the admins' action-to-task mapping (definitions) and the links to
 * the projects behind derived indicators (projects).
 */
import type { ComponentProps } from 'react';
import { ActionTaskMapping } from '../../features/definitions/ActionTaskMapping';
import { OverviewPage as Overview } from '../../features/overview/OverviewPage';
import { OverviewSlotsContext, type OverviewSlots } from '../../features/overview/overviewSlots';
import { SeeProjectsLink } from '../../features/projects/SeeProjectsLink';
import { ExportButtons } from '../../features/transfer/ExportButtons';
import { WhenTextsLoaded } from '../../i18n/WhenTextsLoaded';
import { useSessionUser } from '../../lib/api/get-session';

/** For admins only; its texts load once an admin is signed in. */
function AdminActionTaskMapping(props: ComponentProps<typeof ActionTaskMapping>) {
  const isAdmin = useSessionUser()?.role === 'admin';
  if (!isAdmin) return null;
  return (
    <WhenTextsLoaded namespaces={['definitions']}>
      <ActionTaskMapping {...props} />
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
