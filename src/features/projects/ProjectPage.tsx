/** The project page (`/projects/:projectId`), loaded lazily. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { useProject } from './api/get-project';
import { ProjectView } from './ProjectView';
import './projects.css';
import { usePlanPath } from '../../lib/plan/usePlanId';

/** An id the API does not know, or one that cannot be an id at all. */
function isUnknownProject(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'notFound' || error.code === 'invalidParameter');
}

export default function ProjectPage() {
  const { t } = useTranslation('projects');
  const { projectId = '' } = useParams();
  const query = useProject(projectId);
  const planScreen = usePlanPath();

  if (query.isError) {
    return (
      <section className="page project-page">
        {isUnknownProject(query.error) ? (
          <>
            <EmptyState title={t('project.notFound')} hint={t('project.notFoundHint')} />
            <p>
              <Link to={planScreen('projects')}>{t('project.back')}</Link>
            </p>
          </>
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        )}
      </section>
    );
  }
  if (!query.data) {
    return (
      <section className="page project-page">
        <LoadingState blocks={4} />
      </section>
    );
  }
  return <ProjectView response={query.data} />;
}
