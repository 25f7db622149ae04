/**
 * 起草计划 (`/drafts`): paste a work report or upload a .docx, check the targets read from it, each
 * beside its highlighted source words, and (admins) confirm them into a new or existing plan.
 * Admins and editors draft; nothing is stored before the confirm step. Loaded lazily.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { useSession } from '../../lib/api/get-session';
import { signInPath } from '../../lib/nextPath';
import { useDraftPlan, type DraftSource } from './api/draft-plan';
import { ConfirmStep } from './ConfirmStep';
import { FrameSummary } from './FrameSummary';
import { reviewOf, reviewReducer, type Review, type ReviewAction } from './proposals';
import { ReviewTable } from './ReviewTable';
import { SourceForm } from './SourceForm';
import './drafting.css';

/** The server's own words for a refused report (why it was refused), else the common text for the code. */
function useFailureText(error: unknown): string {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === 'invalidBody' && error.message) return error.message;
  return t(errorMessageKey(error));
}

function Drafting({ mayWrite }: { mayWrite: boolean }) {
  const { t } = useTranslation('drafting');
  const sourceId = useId();
  const reviewId = useId();
  const draftPlan = useDraftPlan();
  const [review, setReview] = useState<Review | null>(null);
  const failure = useFailureText(draftPlan.error);

  function read(source: DraftSource) {
    draftPlan.mutate(source, { onSuccess: (draft) => setReview(reviewOf(draft)) });
  }

  const dispatch = (action: ReviewAction) =>
    setReview((current) => (current ? reviewReducer(current, action) : current));

  return (
    <>
      <section className="panel" aria-labelledby={sourceId}>
        <h2 id={sourceId} className="panel__title">
          {t('source.heading')}
        </h2>
        <SourceForm pending={draftPlan.isPending} onRead={read} />
        {draftPlan.isError ? (
          <p className="draft-page__error" role="alert">
            {failure}
          </p>
        ) : null}
      </section>
      {review ? (
        <section className="panel" aria-labelledby={reviewId}>
          <h2 id={reviewId} className="panel__title">
            {t('review.heading')}
          </h2>
          {review.frame ? <FrameSummary frame={review.frame} /> : null}
          <ReviewTable review={review} dispatch={dispatch} />
          {mayWrite ? null : <p className="draft-page__confirm-note">{t('review.adminOnly')}</p>}
        </section>
      ) : null}
      {review && mayWrite ? <ConfirmStep review={review} /> : null}
    </>
  );
}

export default function DraftPage() {
  const { t } = useTranslation('drafting');
  const session = useSession();
  const user = session.data?.user ?? null;

  let body;
  if (session.isError) {
    body = (
      <ErrorState
        error={session.error}
        onRetry={() => void session.refetch()}
        retrying={session.isFetching}
      />
    );
  } else if (!session.data) {
    body = <LoadingState blocks={2} />;
  } else if (!user) {
    body = (
      <p className="draft-page__intro">
        <Link to={signInPath('/drafts')}>{t('signIn')}</Link>
      </p>
    );
  } else if (user.role === 'viewer') {
    body = <p className="draft-page__intro">{t('viewerOnly')}</p>;
  } else {
    body = <Drafting mayWrite={user.role === 'admin'} />;
  }

  return (
    <div className="page draft-page">
      <header className="page__header">
        <h1 className="page__title">{t('title')}</h1>
      </header>
      <p className="draft-page__intro">{t('intro')}</p>
      {body}
    </div>
  );
}
