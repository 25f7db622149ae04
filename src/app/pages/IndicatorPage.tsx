/**
 * The indicator page (`/indicators/:indicatorId`) as put together from its features: the
 * indicator itself, with the chart's PNG export (present), the link to the projects behind it
 * (projects), the figure form (entry), the definition editor (definitions) and the change history
 * (audit). Loaded lazily, with everything it brings.
 */
import { IndicatorAccountability } from '../../features/accountability/IndicatorAccountability';
import { IndicatorAudit } from '../../features/audit/IndicatorAudit';
import { IndicatorDefinitionEditor } from '../../features/definitions/IndicatorDefinitionEditor';
import { IndicatorEntry } from '../../features/entry/IndicatorEntry';
import IndicatorScreen from '../../features/indicator/IndicatorPage';
import { IndicatorSlotsContext, type IndicatorSlots } from '../../features/indicator/indicatorSlots';
import { IndicatorChartExport } from '../../features/present/IndicatorChartExport';
import { SeeProjectsLink } from '../../features/projects/SeeProjectsLink';

const slots: IndicatorSlots = {
  ChartExport: IndicatorChartExport,
  SeeProjectsLink,
  Entry: IndicatorEntry,
  DefinitionEditor: IndicatorDefinitionEditor,
  History: IndicatorAudit,
  Accountability: IndicatorAccountability,
};

export default function IndicatorPage() {
  return (
    <IndicatorSlotsContext value={slots}>
      <IndicatorScreen />
    </IndicatorSlotsContext>
  );
}
