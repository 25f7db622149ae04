/**
 * 查看项目: from a derived indicator (start rate, investment…) to the project list with the projects
 * holding it back listed first, at the same as-of month. Shown only for derived indicators.
 */
import { ListChecks } from 'lucide-react';
import { Link } from 'react-router';
import type { Indicator, Period } from '../../domain/model';
import { fixedT } from '../../i18n/fixedT';
import { localizedText } from '../../i18n/localized';
import type { Locale } from '../../i18n/locales';
import { projectsBehindPath } from './projectPaths';
import './seeProjects.css';

interface SeeProjectsLinkProps {
  indicator: Indicator;
  asOf: Period | undefined;
  locale: Locale;
}

export function SeeProjectsLink({ indicator, asOf, locale }: SeeProjectsLinkProps) {
  if (indicator.derivation === null) return null;
  const t = fixedT(locale, 'common');
  return (
    <Link to={projectsBehindPath(indicator, asOf)} className="see-projects">
      <ListChecks aria-hidden="true" focusable="false" className="see-projects__icon" />
      {t('seeProjects.label')}
      <span className="visually-hidden">
        {t('seeProjects.of', { name: localizedText(indicator.name, locale) })}
      </span>
    </Link>
  );
}
