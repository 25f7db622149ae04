/**
 * `/signin`. On the real server: the sign-in form; once someone is signed in (just now or
 * before), on to where they came from. In mock mode there are no passwords: the page points to
 * the role switch instead.
 */
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { isMockMode } from '../../lib/mockMode';
import { LoadingState } from '../../components/states/LoadingState';
import { useSession } from '../../lib/api/get-session';
import { nextPath } from '../../lib/nextPath';
import { SignInForm } from './SignInForm';
import './account.css';

export default function SignInPage() {
  const { t } = useTranslation('account');
  const session = useSession();
  const [search] = useSearchParams();

  if (!isMockMode && session.data?.user) return <Navigate to={nextPath(search.get('next'))} replace />;

  let content;
  if (isMockMode) content = <p>{t('signIn.mockNotice')}</p>;
  else if (session.isPending) content = <LoadingState blocks={2} />;
  else
    content = (
      <>
        <p>{session.data?.anonymousMayView === false ? t('signIn.required') : t('signIn.intro')}</p>
        <SignInForm />
      </>
    );

  return (
    <section className="page page--narrow">
      <title>{t('signIn.title')}</title>
      <h1 className="page__title">{t('signIn.title')}</h1>
      <div className="panel account-panel">{content}</div>
    </section>
  );
}
