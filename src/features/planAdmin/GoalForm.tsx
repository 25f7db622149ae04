/** The plan's frame name (1310工作体系) and goal positioning, with the goal's source sentence. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../domain/model';
import { useUpdatePlan } from './api/plan-writes';
import { BilingualInputs } from './BilingualInputs';
import { describedBy, FieldMessage } from './FieldMessage';
import { serverErrorFor } from './writeErrors';
import { WriteStatus } from './WriteStatus';

export function GoalForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planAdmin');
  const id = useId();
  const update = useUpdatePlan(plan.id);
  const [frameName, setFrameName] = useState(plan.frameName ?? { zh: '', en: '' });
  const [goal, setGoal] = useState(plan.goal.text);
  const [quote, setQuote] = useState(plan.goal.sourceQuote);
  const quoteError = serverErrorFor(update.error, 'goal.sourceQuote');
  const hasFrameName = frameName.zh.trim() !== '' || frameName.en.trim() !== '';

  return (
    <form
      className="panel plan-admin__form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({
          patch: {
            frameName: hasFrameName ? { zh: frameName.zh.trim(), en: frameName.en.trim() } : null,
            goal: { text: { zh: goal.zh.trim(), en: goal.en.trim() }, sourceQuote: quote.trim() },
          },
          expectedVersion: plan.version,
        });
      }}
    >
      <h2 id={`${id}-title`} className="panel__title">
        {t('frame.goal')}
      </h2>
      <p className="plan-admin__hint">{t('frame.frameNameHint')}</p>
      <BilingualInputs
        label={t('frame.frameName')}
        value={frameName}
        onChange={setFrameName}
        required={false}
        errors={{
          zh: serverErrorFor(update.error, 'frameName.zh'),
          en: serverErrorFor(update.error, 'frameName.en'),
        }}
      />
      <BilingualInputs
        label={t('frame.goalText')}
        value={goal}
        onChange={setGoal}
        multiline
        errors={{
          zh: serverErrorFor(update.error, 'goal.text.zh'),
          en: serverErrorFor(update.error, 'goal.text.en'),
        }}
      />
      <div className="plan-admin__field">
        <label htmlFor={`${id}-quote`}>{t('common.sourceQuote')}</label>
        <textarea
          id={`${id}-quote`}
          className="plan-admin__input"
          lang="zh-CN"
          rows={2}
          value={quote}
          onChange={(event) => setQuote(event.target.value)}
          {...describedBy(`${id}-quote-error`, quoteError)}
        />
        <FieldMessage id={`${id}-quote-error`} message={quoteError} />
      </div>
      <div className="plan-admin__buttons">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('frame.saveGoal')}
        </button>
      </div>
      <WriteStatus error={update.error} saved={update.isSuccess} shownFields={['frameName', 'goal']} />
    </form>
  );
}
