/**
 * `/plans/new`: an admin creates a plan: the organisation (name and level), year, title, 预期 or
 * 约束, and the source document (title, date, text). Then its frame opens.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NewPlanInput } from '../../api/plansContract';
import {
  organisationLevelSchema,
  targetNatureSchema,
  type Bilingual,
  type OrganisationLevel,
  type TargetNature,
} from '../../domain/model';
import { AdminOnly } from './AdminOnly';
import { useCreatePlan } from './api/plan-writes';
import { BilingualInputs } from './BilingualInputs';
import { describedBy, FieldMessage } from './FieldMessage';
import { serverErrorFor } from './writeErrors';
import { WriteStatus } from './WriteStatus';
import './registerMessages';
import './planAdmin.css';

const emptyText: Bilingual = { zh: '', en: '' };

export default function NewPlanPage() {
  const { t } = useTranslation('planAdmin');
  return (
    <section className="page page--narrow plan-admin" aria-labelledby="new-plan-title">
      <h1 id="new-plan-title" className="page__title">
        {t('plans.newTitle')}
      </h1>
      <AdminOnly>
        <NewPlanForm />
      </AdminOnly>
    </section>
  );
}

function trimmed(text: Bilingual): Bilingual {
  return { zh: text.zh.trim(), en: text.en.trim() };
}

function NewPlanForm() {
  const { t } = useTranslation('planAdmin');
  const id = useId();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const [organisation, setOrganisation] = useState(emptyText);
  const [level, setLevel] = useState<OrganisationLevel>('city');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [title, setTitle] = useState(emptyText);
  const [nature, setNature] = useState<TargetNature>('expected');
  const [sourceTitle, setSourceTitle] = useState('');
  const [sourceDate, setSourceDate] = useState('');
  const [sourceText, setSourceText] = useState('');
  const [localErrors, setLocalErrors] = useState<{ year: string | null; date: string | null }>({
    year: null,
    date: null,
  });

  const error = create.error;
  const yearError = localErrors.year ?? serverErrorFor(error, 'year');
  const dateError = localErrors.date ?? serverErrorFor(error, 'sourceDocument.publishedOn');
  const sourceTitleError = serverErrorFor(error, 'sourceDocument.title');

  function submit() {
    const yearNumber = Number(year);
    const checked = {
      year:
        Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100
          ? null
          : t('plans.yearRange'),
      date: sourceDate === '' || !Number.isNaN(Date.parse(sourceDate)) ? null : t('plans.dateInvalid'),
    };
    setLocalErrors(checked);
    if (checked.year || checked.date) return;
    const plan: NewPlanInput = {
      organisation: trimmed(organisation),
      organisationLevel: level,
      year: yearNumber,
      title: trimmed(title),
      nature,
      ...(sourceTitle.trim() !== '' && sourceDate !== ''
        ? { sourceDocument: { title: sourceTitle.trim(), publishedOn: sourceDate } }
        : {}),
      ...(sourceText.trim() === '' ? {} : { sourceText }),
    };
    create.mutate(plan, {
      onSuccess: (response) => void navigate(`/plans/${encodeURIComponent(response.plan.id)}/admin`),
    });
  }

  return (
    <form
      className="panel plan-admin__form"
      aria-labelledby="new-plan-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <BilingualInputs
        label={t('plans.organisation')}
        value={organisation}
        onChange={setOrganisation}
        errors={{
          zh: serverErrorFor(error, 'organisation.zh'),
          en: serverErrorFor(error, 'organisation.en'),
        }}
      />
      <div className="plan-admin__row">
        <div className="plan-admin__field">
          <label htmlFor={`${id}-level`}>{t('plans.level')}</label>
          <select
            id={`${id}-level`}
            className="select"
            value={level}
            onChange={(event) => setLevel(organisationLevelSchema.parse(event.target.value))}
          >
            {organisationLevelSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`levels.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="plan-admin__field">
          <label htmlFor={`${id}-year`}>{t('plans.year')}</label>
          <input
            id={`${id}-year`}
            className="plan-admin__input plan-admin__input--number"
            inputMode="numeric"
            value={year}
            onChange={(event) => setYear(event.target.value)}
            {...describedBy(`${id}-year-error`, yearError)}
          />
          <FieldMessage id={`${id}-year-error`} message={yearError} />
        </div>
        <div className="plan-admin__field">
          <label htmlFor={`${id}-nature`}>{t('plans.nature')}</label>
          <select
            id={`${id}-nature`}
            className="select"
            value={nature}
            onChange={(event) => setNature(targetNatureSchema.parse(event.target.value))}
          >
            {targetNatureSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`natures.${option}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <BilingualInputs
        label={t('plans.planTitle')}
        value={title}
        onChange={setTitle}
        errors={{ zh: serverErrorFor(error, 'title.zh'), en: serverErrorFor(error, 'title.en') }}
      />
      <fieldset className="plan-admin__group">
        <legend>{t('plans.sourceDocument')}</legend>
        <div className="plan-admin__field">
          <label htmlFor={`${id}-source-title`}>{t('plans.sourceTitle')}</label>
          <input
            id={`${id}-source-title`}
            className="plan-admin__input"
            lang="zh-CN"
            value={sourceTitle}
            onChange={(event) => setSourceTitle(event.target.value)}
            {...describedBy(`${id}-source-title-error`, sourceTitleError)}
          />
          <FieldMessage id={`${id}-source-title-error`} message={sourceTitleError} />
        </div>
        <div className="plan-admin__field">
          <label htmlFor={`${id}-source-date`}>{t('plans.sourceDate')}</label>
          <input
            id={`${id}-source-date`}
            type="date"
            className="plan-admin__input plan-admin__input--date"
            value={sourceDate}
            onChange={(event) => setSourceDate(event.target.value)}
            {...describedBy(`${id}-source-date-error`, dateError)}
          />
          <FieldMessage id={`${id}-source-date-error`} message={dateError} />
        </div>
        <div className="plan-admin__field">
          <label htmlFor={`${id}-source-text`}>{t('plans.sourceText')}</label>
          <p id={`${id}-source-text-hint`} className="plan-admin__hint">
            {t('plans.sourceTextHint')}
          </p>
          <textarea
            id={`${id}-source-text`}
            className="plan-admin__input"
            lang="zh-CN"
            rows={8}
            aria-describedby={`${id}-source-text-hint`}
            value={sourceText}
            onChange={(event) => setSourceText(event.target.value)}
          />
        </div>
      </fieldset>
      <div className="plan-admin__buttons">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('plans.createSubmit')}
        </button>
      </div>
      <WriteStatus
        error={error}
        shownFields={['organisation', 'title', 'year', 'sourceDocument.publishedOn', 'sourceDocument.title']}
      />
    </form>
  );
}
