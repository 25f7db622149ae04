/**
 * The frame of every screen: skip link, header with the board's name, the plan title, navigation
 * and language switch, the mock-data banner and demo-data badge, then the page itself.
 */
import { Outlet, Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../components/DemoBadge';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MockBanner } from '../components/MockBanner';
import { WidgetErrorBoundary } from '../components/states/WidgetErrorBoundary';
import { AccountArea } from '../features/account/AccountArea';
import { useSessionUser } from '../lib/api/get-session';
import { usePlanTree } from '../lib/api/get-plan-tree';
import { usePlans } from '../lib/api/get-plans';
import { PrintButton } from '../features/present/PrintButton';
import { ImportNavLink } from '../features/transfer/ImportNavLink';
import { useLocalized } from '../i18n/localized';
import { isMockMode } from '../lib/mockMode';
import { SiteFooter } from './SiteFooter';

export const mainContentId = 'main-content';

export function Layout() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const plan = usePlans().data?.plans[0];
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
            <Link to="/" className="site-header__name">
              {t('app.name')}
            </Link>
            {planTitle ? <p className="site-header__plan">{planTitle}</p> : null}
          </div>
          <nav className="site-nav" aria-label={t('app.mainNav')}>
            <NavLink to="/" end className="site-nav__link">
              {t('app.overview')}
            </NavLink>
            <NavLink to="/projects" className="site-nav__link">
              {t('nav', { ns: 'projects' })}
            </NavLink>
            <NavLink to="/decks" className="site-nav__link">
              {t('nav', { ns: 'present' })}
            </NavLink>
            <NavLink to="/brief" className="site-nav__link">
              {t('nav', { ns: 'brief' })}
            </NavLink>
            <NavLink to="/snapshots" className="site-nav__link">
              {t('nav', { ns: 'snapshots' })}
            </NavLink>
            {user && user.role !== 'viewer' ? (
              <NavLink to="/entry" className="site-nav__link">
                {t('nav', { ns: 'entry' })}
              </NavLink>
            ) : null}
            <ImportNavLink />
            {user?.role === 'admin' ? (
              <NavLink to="/admin/audit" className="site-nav__link">
                {t('nav', { ns: 'audit' })}
              </NavLink>
            ) : null}
            {user?.role === 'admin' ? (
              <NavLink to="/admin/plans" className="site-nav__link">
                {t('app.planAdmin')}
              </NavLink>
            ) : null}
          </nav>
          <div className="site-header__tools">
            {hasDemoData ? <DemoBadge /> : null}
            <PrintButton />
            <LanguageSwitch />
            <AccountArea />
          </div>
        </div>
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
