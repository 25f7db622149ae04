/**
 * How many of the listed projects stand at each status, in words with icons. Each count is a
 * button that filters the list to that status (pressed while it does).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { projectStatusLabels, projectStatuses, type ProjectStatus } from '../../domain/projects/model';
import { useLocalized } from '../../i18n/localized';
import { projectStatusIcon } from './projectStatusIcons';

interface ProjectStatusCountsProps {
  counts: Record<ProjectStatus, number>;
  selected: ProjectStatus | undefined;
  onSelect: (status: ProjectStatus | null) => void;
}

export const ProjectStatusCounts = memo(function ProjectStatusCounts({
  counts,
  selected,
  onSelect,
}: ProjectStatusCountsProps) {
  const { t } = useTranslation('projects');
  const { pick } = useLocalized();
  return (
    <section className="project-counts" aria-labelledby="project-counts-heading">
      <h2 id="project-counts-heading" className="visually-hidden">
        {t('counts.heading')}
      </h2>
      <ul className="project-counts__list">
        {projectStatuses.map((status) => {
          const Icon = projectStatusIcon[status];
          const word = pick(projectStatusLabels[status]);
          const pressed = selected === status;
          return (
            <li key={status}>
              <button
                type="button"
                className={`project-counts__item project-status--${status}`}
                aria-pressed={pressed}
                title={t('counts.filterBy', { status: word })}
                onClick={() => onSelect(pressed ? null : status)}
              >
                <Icon aria-hidden="true" focusable="false" className="project-counts__icon" />
                <span className="project-counts__word">{word}</span>
                <span className="project-counts__number">{counts[status]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
