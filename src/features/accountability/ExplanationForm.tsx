/** The lead department's form for reasons and measures: the cause, then measures each with a target date. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { Explanation, Measure } from '../../api/explanationsContract';
import type { Period } from '../../domain/model';
import { useSaveExplanation } from './api/save-explanation';

interface ExplanationFormProps {
  planId: string;
  indicatorId: string;
  period: Period;
  current: Explanation | null;
  onDone: () => void;
}

const emptyMeasure: Measure = { text: '', targetDate: '' };

export function ExplanationForm({ planId, indicatorId, period, current, onDone }: ExplanationFormProps) {
  const { t } = useTranslation('accountability');
  const save = useSaveExplanation(planId, indicatorId);
  const [cause, setCause] = useState(current?.cause ?? '');
  const [measures, setMeasures] = useState<Measure[]>(current?.measures ?? [emptyMeasure]);
  const [conflict, setConflict] = useState(false);

  const setMeasure = (index: number, change: Partial<Measure>) =>
    setMeasures((list) => list.map((measure, at) => (at === index ? { ...measure, ...change } : measure)));

  function submit(event: FormEvent) {
    event.preventDefault();
    setConflict(false);
    save.mutate(
      { period, body: { cause, measures, expectedVersion: current?.version ?? null } },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'conflict') setConflict(true);
        },
      },
    );
  }

  const failure = save.error && !conflict ? save.error.message : null;
  return (
    <form className="explanation-form" onSubmit={submit}>
      <label className="explanation-form__field">
        <span>{t('explanation.cause')}</span>
        <textarea
          required
          rows={3}
          maxLength={2000}
          value={cause}
          onChange={(e) => setCause(e.target.value)}
        />
      </label>
      {measures.map((measure, index) => (
        <fieldset key={index} className="explanation-form__measure">
          <legend>{t('explanation.measure', { number: index + 1 })}</legend>
          <textarea
            required
            rows={2}
            maxLength={2000}
            aria-label={t('explanation.measure', { number: index + 1 })}
            value={measure.text}
            onChange={(e) => setMeasure(index, { text: e.target.value })}
          />
          <label>
            <span>{t('explanation.targetDate')}</span>
            <input
              type="date"
              required
              value={measure.targetDate}
              onChange={(e) => setMeasure(index, { targetDate: e.target.value })}
            />
          </label>
          {measures.length > 1 ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => setMeasures((list) => list.filter((_, at) => at !== index))}
            >
              {t('explanation.removeMeasure', { number: index + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div className="explanation-form__actions">
        {measures.length < 10 ? (
          <button
            type="button"
            className="button"
            onClick={() => setMeasures((list) => [...list, emptyMeasure])}
          >
            {t('explanation.addMeasure')}
          </button>
        ) : null}
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('explanation.saving') : t('explanation.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('explanation.cancel')}
        </button>
      </div>
      {conflict ? <p role="alert">{t('explanation.conflict')}</p> : null}
      {failure ? <p role="alert">{t('explanation.failed', { message: failure })}</p> : null}
    </form>
  );
}
