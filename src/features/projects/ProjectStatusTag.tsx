/** A project's status as a word with its icon: 未开工, 已开工, 已投产, 已竣工. */
import { projectStatusLabels, type ProjectStatus } from '../../domain/projects/model';
import { localizedText } from '../../i18n/localized';
import type { Locale } from '../../i18n/locales';
import { projectStatusIcon } from './projectStatusIcons';

export function ProjectStatusTag({ status, locale }: { status: ProjectStatus; locale: Locale }) {
  const Icon = projectStatusIcon[status];
  return (
    <span className={`project-status project-status--${status}`} data-status={status}>
      <Icon className="project-status__icon" aria-hidden="true" focusable="false" />
      {localizedText(projectStatusLabels[status], locale)}
    </span>
  );
}
