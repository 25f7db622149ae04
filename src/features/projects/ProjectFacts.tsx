/** What the project is: number, level, kind, chain and track, owner, location, department and money. */
import { useTranslation } from 'react-i18next';
import { missingFigure } from '../../domain/format';
import {
  industryChainLabels,
  industryTrackLabels,
  projectKindLabels,
  projectLevelLabels,
  urbanCategoryLabels,
  type Project,
} from '../../domain/projects/model';
import { useLocalized } from '../../i18n/localized';
import { formatAmount } from './formatAmount';

export function ProjectFacts({ project }: { project: Project }) {
  const { t } = useTranslation('projects');
  const { locale, pick } = useLocalized();
  const amount = (value: number) => t('project.amount', { amount: formatAmount(value, locale) });
  const facts: [string, string][] = [
    [t('project.id'), project.id],
    [t('project.level'), pick(projectLevelLabels[project.level])],
    [t('project.kind'), pick(projectKindLabels[project.kind])],
    ...(project.kind === 'urban'
      ? [
          [
            t('project.category'),
            project.urbanCategory ? pick(urbanCategoryLabels[project.urbanCategory]) : missingFigure,
          ] as [string, string],
        ]
      : [
          [
            t('project.chain'),
            project.industryChain ? pick(industryChainLabels[project.industryChain]) : missingFigure,
          ] as [string, string],
          [t('project.track'), project.track ? pick(industryTrackLabels[project.track]) : missingFigure] as [
            string,
            string,
          ],
        ]),
    [t('project.owner'), project.ownerEnterprise ?? missingFigure],
    [t('project.location'), project.location ?? missingFigure],
    [t('project.department'), project.leadDepartment ?? missingFigure],
    [t('project.totalInvestment'), amount(project.plannedTotalInvestment)],
    [t('project.plannedAnnual'), amount(project.plannedAnnualInvestment)],
    [t('project.newBillion'), project.isNewBillionProject ? t('project.yes') : t('project.no')],
    [t('project.notes'), project.notes ?? missingFigure],
  ];
  return (
    <section className="panel" aria-labelledby="project-facts-heading">
      <h2 id="project-facts-heading" className="panel__title">
        {t('project.facts')}
      </h2>
      <dl className="project-facts">
        {facts.map(([term, detail]) => (
          <div key={term} className="project-facts__item">
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
