/** The plan administration screens of one plan, as tabs of links. */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export function PlanAdminNav({ planId }: { planId: string }) {
  const { t } = useTranslation('planAdmin');
  const base = `/plans/${encodeURIComponent(planId)}/admin`;
  const links = [
    { to: base, label: t('nav.frame'), end: true },
    { to: `${base}/indicators`, label: t('nav.indicators'), end: false },
    { to: `${base}/work-items`, label: t('nav.workItems'), end: false },
    { to: `${base}/departments`, label: t('nav.departments'), end: false },
    { to: `${base}/benchmarks`, label: t('nav.benchmarks'), end: false },
    { to: '/admin/plans', label: t('nav.allPlans'), end: true },
  ];
  return (
    <nav className="plan-admin__nav" aria-label={t('nav.section')}>
      {links.map((link) => (
        <NavLink key={link.to} to={link.to} end={link.end} className="plan-admin__tab">
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
