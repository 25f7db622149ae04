/** The work system the report names (1310: goal, central tasks, actions), as read. */
import { useTranslation } from 'react-i18next';
import type { PlanDraftResponse } from '../../api/planDraftsContract';

export function FrameSummary({ frame }: { frame: NonNullable<PlanDraftResponse['frame']> }) {
  const { t } = useTranslation('drafting');
  return (
    <div className="draft-frame">
      <h3 className="draft-frame__title">
        {frame.code ? t('frame.code', { code: frame.code }) : t('frame.heading')}
      </h3>
      <ul>
        {frame.goal ? <li>{t('frame.goal', { goal: frame.goal })}</li> : null}
        {frame.tasks.length > 0 ? <li>{t('frame.tasks', { tasks: frame.tasks.join('、') })}</li> : null}
        {frame.actions.length > 0 ? (
          <li>{t('frame.actions', { count: frame.actions.length, actions: frame.actions.join('、') })}</li>
        ) : null}
      </ul>
    </div>
  );
}
