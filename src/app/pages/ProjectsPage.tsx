/** The project list (`/projects`) as put together from its features: the list, with its export buttons (transfer). */
import ProjectsScreen from '../../features/projects/ProjectsPage';
import { ProjectsSlotsContext, type ProjectsSlots } from '../../features/projects/projectsSlots';
import { ExportButtons } from '../../features/transfer/ExportButtons';

function ProjectExportButtons({ planId, asOf }: { planId: string; asOf: string | undefined }) {
  return <ExportButtons planId={planId} target="projects" asOf={asOf} />;
}

const slots: ProjectsSlots = { ExportButtons: ProjectExportButtons };

export default function ProjectsPage() {
  return (
    <ProjectsSlotsContext value={slots}>
      <ProjectsScreen />
    </ProjectsSlotsContext>
  );
}
