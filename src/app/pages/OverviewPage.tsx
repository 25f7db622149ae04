/**
 * The overview (`/`) as put together from its features: the overview itself, with the plan's
 * export buttons (transfer), the admins' action-to-task mapping (definitions) and the links to
 * the projects behind derived indicators (projects).
 */
import { ActionTaskMapping } from '../../features/definitions/ActionTaskMapping';
import { OverviewPage as Overview } from '../../features/overview/OverviewPage';
import { OverviewSlotsContext, type OverviewSlots } from '../../features/overview/overviewSlots';
import { SeeProjectsLink } from '../../features/projects/SeeProjectsLink';
import { ExportButtons } from '../../features/transfer/ExportButtons';

function PlanExportButtons({ planId, asOf }: { planId: string; asOf: string | undefined }) {
  return <ExportButtons planId={planId} target="plan" asOf={asOf} />;
}

const slots: OverviewSlots = { ExportButtons: PlanExportButtons, ActionTaskMapping, SeeProjectsLink };

export function OverviewPage() {
  return (
    <OverviewSlotsContext value={slots}>
      <Overview />
    </OverviewSlotsContext>
  );
}
