/**
 * One project: its name and status now, what it is, the action to mark it started (for writers of
 * its lead department), its dated status history, monthly investment and change record.
 */
import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectResponse } from '../../api/projectsContract';
import { formatDate } from '../../domain/format';
import type { IsoDate } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useMayWriteFor } from '../../lib/api/get-session';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { DemoMarker } from './DemoMarker';
import { MarkStartedForm } from './MarkStartedForm';
import { ProjectChanges } from './ProjectChanges';
import { ProjectFacts } from './ProjectFacts';
import { ProjectInvestmentTable } from './ProjectInvestmentTable';
import { ProjectStatusHistory } from './ProjectStatusHistory';
import { ProjectStatusTag } from './ProjectStatusTag';
import { planPath } from '../../lib/plan/planAddress';

export function ProjectView({ response }: { response: ProjectResponse }) {
  const { t } = useTranslation('projects');
  const { locale } = useLocalized();
  const { project, status, changes } = response;
  const mayWrite = useMayWriteFor(project.leadDepartment);
  const [startedOn, setStartedOn] = useState<IsoDate | null>(null);
  const name = locale === 'en-US' && project.nameEn ? project.nameEn : project.name;
  const otherName = locale === 'en-US' ? project.name : project.nameEn;

  return (
    <article className="page project-page">
      <header className="project-page__header">
        <p>
          <Link to={planPath(project.planId, 'projects')} className="project-page__back">
            <ArrowLeft aria-hidden="true" focusable="false" className="project-page__back-icon" />
            {t('project.back')}
          </Link>
        </p>
        <h1 className="page__title">
          {name}
          {project.isDemo ? <DemoMarker locale={locale} /> : null}
        </h1>
        {otherName ? (
          <p className="project-page__other-name" lang={locale === 'en-US' ? 'zh-CN' : 'en'}>
            {otherName}
          </p>
        ) : null}
        <p className="project-page__status">
          <span className="project-page__status-label">{t('project.statusNow')}</span>
          <ProjectStatusTag status={status} locale={locale} />
        </p>
        <p className="project-page__updated">
          {t('project.updated', {
            time: formatRecordedAt(project.updatedAt, locale),
            version: project.version,
          })}
        </p>
        <p role="status" className="project-page__saved">
          {startedOn ? t('markStarted.saved', { date: formatDate(startedOn, locale) }) : null}
        </p>
      </header>
      {mayWrite && status === 'planned' ? <MarkStartedForm project={project} onSaved={setStartedOn} /> : null}
      <ProjectFacts project={project} />
      <ProjectStatusHistory project={project} name={name} />
      <ProjectInvestmentTable project={project} name={name} />
      <ProjectChanges changes={changes} name={name} locale={locale} />
    </article>
  );
}
