/** The plan's review setting: whether the office reviews figures before they count (报送 → 审核). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain/model';
import { useUpdatePlan } from './api/plan-writes';
import { WriteStatus } from './WriteStatus';

export function ReviewSettingForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planAdmin');
  const id = useId();
  const update = useUpdatePlan(plan.id);
  const on = plan.reviewFigures === true;
  return (
    <section className="panel plan-admin__form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('review.title')}
      </h2>
      <p className="plan-admin__hint">{t('review.hint')}</p>
      <label className="plan-admin__field">
        <input
          type="checkbox"
          checked={on}
          disabled={update.isPending}
          onChange={(event) =>
            update.mutate({ patch: { reviewFigures: event.target.checked }, expectedVersion: plan.version })
          }
        />
        {t('review.label')}
      </label>
      <p role="status">{on ? t('review.on') : t('review.off')}</p>
      <WriteStatus error={update.error} saved={update.isSuccess} shownFields={['reviewFigures']} />
    </section>
  );
}
