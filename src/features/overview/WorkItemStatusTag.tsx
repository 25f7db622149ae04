/** A work item's status: icon and word, never colour alone. */
import { CircleCheck, CircleDashed, CircleDot, OctagonAlert, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { WorkItemStatus } from '../../domain/model';

const icons: Record<WorkItemStatus, LucideIcon> = {
  notStarted: CircleDashed,
  inProgress: CircleDot,
  done: CircleCheck,
  blocked: OctagonAlert,
};

export function WorkItemStatusTag({ status }: { status: WorkItemStatus }) {
  const { t } = useTranslation();
  const Icon = icons[status];
  return (
    <span className={`work-status work-status--${status}`}>
      <Icon aria-hidden="true" focusable="false" className="work-status__icon" />
      {t(`workItemStatus.${status}`)}
    </span>
  );
}
