/**
 * The frame of every screen: skip link, header with the board's name, the plan switcher,
 * navigation within the plan and language switch (behind a menu button on phones and tablets), the mock-data banner and demo-data badge, the
 * notice that the plan's year has ended, then the page itself. Outside a plan's screens (sign-in,
 * the user list) the navigation leads to the plan `/` would open.
 */
import { Outlet, Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../components/DemoBadge';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MockBanner } from '../components/MockBanner';
import { WidgetErrorBoundary } from '../components/states/WidgetErrorBoundary';
import { AccountArea } from '../features/account/AccountArea';
import { NotificationBell } from '../features/alerts/NotificationBell';
import { useSessionUser } from '../lib/api/get-session';
import { usePlanTree } from '../lib/api/get-plan-tree';
import { usePlans } from '../lib/api/get-plans';
import { PrintButton } from '../features/present/PrintButton';
import { DraftNavLink } from '../features/drafting/DraftNavLink';
import { ImportNavLink } from '../features/transfer/ImportNavLink';
import { useLocalized } from '../i18n/localized';
import { isMockMode } from '../lib/mockMode';
import { planPath } from '../lib/plan/planAddress';
import { useAddressedPlanId } from '../lib/plan/usePlanId';
import { PlanSwitcher } from './header/PlanSwitcher';
import { SiteMenu } from './header/SiteMenu';
import { YearEndedNotice } from './header/YearEndedNotice';
import { useDefaultPlan } from './plan/useDefaultPlan';
import { SiteFooter } from './SiteFooter';

export const mainContentId = 'main-content';

export function Layout() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const plans = usePlans().data?.plans;
  const addressedPlanId = useAddressedPlanId();
  const fallbackPlan = useDefaultPlan().plan;
  const plan = plans?.find((candidate) => candidate.id === addressedPlanId);
  const navPlanId = addressedPlanId === undefined ? fallbackPlan?.id : plan?.id;
  const hasDemoData = usePlanTree(plan?.id, undefined).data?.hasDemoData ?? false;
  const planTitle = plan ? pick(plan.title) : null;
  const user = useSessionUser();

  return (
    <>
      <title>{planTitle ? `${t('app.name')} · ${planTitle}` : t('app.name')}</title>
      <a className="skip-link" href={`#${mainContentId}`}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        {isMockMode ? <MockBanner /> : null}
        <div className="site-header__bar">
          <div className="site-header__brand">
            <Link to={navPlanId === undefined ? '/' : planPath(navPlanId)} className="site-header__name">
              {t('app.name')}
            </Link>
            {plans && plans.length > 0 ? <PlanSwitcher plans={plans} current={plan} /> : null}
          </div>
          {hasDemoData ? <DemoBadge /> : null}
          <NotificationBell />
          <SiteMenu>
            {navPlanId === undefined ? null : (
              <nav className="site-nav" aria-label={t('app.mainNav')}>
                <NavLink to={planPath(navPlanId)} end className="site-nav__link">
                  {t('app.overview')}
                </NavLink>
                <NavLink to={planPath(navPlanId, 'projects')} className="site-nav__link">
                  {t('nav.projects')}
                </NavLink>
                <NavLink to={planPath(navPlanId, 'decks')} className="site-nav__link">
                  {t('nav.present')}
                </NavLink>
                <NavLink to={planPath(navPlanId, 'brief')} className="site-nav__link">
                  {t('nav.brief')}
                </NavLink>
                <NavLink to={planPath(navPlanId, 'snapshots')} className="site-nav__link">
                  {t('nav.snapshots')}
                </NavLink>
                {user && user.role !== 'viewer' ? (
                  <NavLink to={planPath(navPlanId, 'entry')} className="site-nav__link">
                    {t('nav.entry')}
                  </NavLink>
                ) : null}
                <ImportNavLink planId={navPlanId} />
                <DraftNavLink />
                {user?.role === 'admin' ? (
                  <NavLink to={planPath(navPlanId, 'audit')} className="site-nav__link">
                    {t('nav.audit')}
                  </NavLink>
                ) : null}
                {user?.role === 'admin' ? (
                  <NavLink to="/admin/plans" className="site-nav__link">
                    {t('app.planAdmin')}
                  </NavLink>
                ) : null}
              </nav>
            )}
            <div className="site-header__tools">
              <PrintButton />
              <LanguageSwitch />
              <AccountArea />
            </div>
          </SiteMenu>
        </div>
        {plan ? <YearEndedNotice plan={plan} /> : null}
      </header>
      <main id={mainContentId} className="site-main" tabIndex={-1}>
        <WidgetErrorBoundary>
          <Outlet />
        </WidgetErrorBoundary>
      </main>
      {plan ? <SiteFooter plan={plan} /> : null}
    </>
  );
}
