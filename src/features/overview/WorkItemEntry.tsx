/** One direction of work: title, status in words and icon, owner, and its source sentence on demand. */
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Quote } from 'lucide-react';
import type { WorkItem } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { WorkItemStatusTag } from './WorkItemStatusTag';

export const WorkItemEntry = memo(function WorkItemEntry({ item }: { item: WorkItem }) {
  const { t } = useTranslation('overview');
  const { pick } = useLocalized();
  const [sourceShown, setSourceShown] = useState(false);
  const sourceId = useId();
  const title = pick(item.title);
  return (
    <li className="work-item">
      <div className="work-item__main">
        <span className="work-item__title">{title}</span>
        <WorkItemStatusTag status={item.status} />
        {item.owner ? (
          <span className="work-item__owner">{t('workItems.owner', { owner: item.owner })}</span>
        ) : null}
        <button
          type="button"
          className="button button--small"
          aria-expanded={sourceShown}
          aria-controls={sourceShown ? sourceId : undefined}
          onClick={() => setSourceShown((shown) => !shown)}
        >
          <Quote aria-hidden="true" focusable="false" className="button__icon" />
          {sourceShown ? t('table.hideSource') : t('table.showSource')}
          <span className="visually-hidden">{title}</span>
        </button>
      </div>
      {sourceShown ? (
        <blockquote id={sourceId} lang="zh-CN" className="source-quote source-quote--inline">
          {item.sourceQuote}
        </blockquote>
      ) : null}
    </li>
  );
});
