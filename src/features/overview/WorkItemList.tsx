/** The directions of work of an action (方向性工作), each with its status, owner and source text. */
import { useTranslation } from 'react-i18next';
import type { WorkItem } from '../../domain/model';
import { WorkItemEntry } from './WorkItemEntry';

export function WorkItemList({ workItems }: { workItems: readonly WorkItem[] }) {
  const { t } = useTranslation('overview');
  return (
    <div className="work-items">
      <h4 className="work-items__title">{t('workItems.heading')}</h4>
      <ul className="work-items__list">
        {workItems.map((item) => (
          <WorkItemEntry key={item.id} item={item} />
        ))}
      </ul>
    </div>
  );
}
