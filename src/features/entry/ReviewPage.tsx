/**
 * 数据审核: the figures submitted by the departments this reviewer reviews (all for admins), to
 * approve or send back with a comment, one by one or checked together.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isReviewer } from '../../api/authContract';
import type { ReviewListItem } from '../../api/figureReviewsContract';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { formatPeriod } from '../../domain/format';
import type { Indicator } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useMyReviewTasks, useReviewFigures } from '../../lib/api/figure-reviews';
import { usePlanTree } from '../../lib/api/get-plan-tree';
import { useSessionUser } from '../../lib/api/get-session';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { usePlanId } from '../../lib/plan/usePlanId';
import { useFigureText } from './entryText';
import './entry.css';

function keyOf(item: ReviewListItem): string {
  return `${item.indicatorId} ${item.figure.period}`;
}

export default function ReviewPage() {
  const { t } = useTranslation('entry', { keyPrefix: 'reviewPage' });
  const { t: tc } = useTranslation();
  const { locale, pick } = useLocalized();
  const figureText = useFigureText();
  const planId = usePlanId();
  const user = useSessionUser();
  const reviewer = isReviewer(user);
  const tasks = useMyReviewTasks(planId, reviewer);
  const review = useReviewFigures(planId);
  const tree = usePlanTree(reviewer ? planId : undefined, undefined, 'current');
  const indicators = new Map((tree.data?.indicators ?? []).map((indicator) => [indicator.id, indicator]));
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<string | null>(null);

  if (!reviewer)
    return (
      <div className="page">
        <h1 className="page__title">{tc('nav.review')}</h1>
        <p>{t('reviewersOnly')}</p>
      </div>
    );
  if (tasks.isError)
    return (
      <div className="page">
        <h1 className="page__title">{tc('nav.review')}</h1>
        <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} retrying={tasks.isFetching} />
      </div>
    );
  if (!tasks.data)
    return (
      <div className="page">
        <h1 className="page__title">{tc('nav.review')}</h1>
        <LoadingState blocks={2} />
      </div>
    );

  const items = tasks.data.awaitingMyReview.figures;
  const chosen = items.filter((item) => checked.has(keyOf(item)));

  function act(action: 'approve' | 'return', targets: ReviewListItem[]) {
    setDone(null);
    review.mutate(
      {
        action,
        ...(comment.trim() === '' ? {} : { comment: comment.trim() }),
        figures: targets.map(({ indicatorId, figure }) => ({
          indicatorId,
          period: figure.period,
          expectedVersion: figure.version,
        })),
      },
      {
        onSuccess: ({ changed }) => {
          setChecked(new Set());
          setComment('');
          setDone(t(action === 'approve' ? 'approved' : 'returned', { count: changed.length }));
        },
      },
    );
  }

  return (
    <div className="page review-page">
      <h1 className="page__title">{tc('nav.review')}</h1>
      {!tasks.data.reviewFigures ? <p>{t('reviewOff')}</p> : null}
      <p>{t('intro', { count: items.length })}</p>
      {items.length > 0 ? (
        <>
          <div className="review-table-scroll" role="region" aria-label={t('caption')} tabIndex={0}>
            <table className="review-table">
              <caption className="visually-hidden">{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t('checkAll')}
                      checked={chosen.length === items.length}
                      onChange={(event) =>
                        setChecked(event.target.checked ? new Set(items.map(keyOf)) : new Set())
                      }
                    />
                  </th>
                  <th scope="col">{t('indicator')}</th>
                  <th scope="col">{t('period')}</th>
                  <th scope="col">{t('figure')}</th>
                  <th scope="col">{t('department')}</th>
                  <th scope="col">{t('submittedBy')}</th>
                  <th scope="col">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const name = pick(item.indicatorName);
                  return (
                    <tr key={keyOf(item)}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('check', { name, period: formatPeriod(item.figure.period, locale) })}
                          checked={checked.has(keyOf(item))}
                          onChange={(event) => {
                            const next = new Set(checked);
                            if (event.target.checked) next.add(keyOf(item));
                            else next.delete(keyOf(item));
                            setChecked(next);
                          }}
                        />
                      </td>
                      <th scope="row">{name}</th>
                      <td>{formatPeriod(item.figure.period, locale)}</td>
                      <td>
                        {indicators.has(item.indicatorId)
                          ? figureText(indicators.get(item.indicatorId) as Indicator, item.figure, locale)
                          : String(item.figure.value ?? '')}
                      </td>
                      <td>{item.leadDepartment ?? tc('blank')}</td>
                      <td>
                        {item.figure.recordedBy} · {formatRecordedAt(item.figure.recordedAt, locale)}
                      </td>
                      <td>
                        <div className="review-table__actions">
                          <button
                            type="button"
                            className="button button--small"
                            disabled={review.isPending}
                            onClick={() => act('approve', [item])}
                          >
                            {t('approve')}
                            <span className="visually-hidden">{name}</span>
                          </button>
                          <button
                            type="button"
                            className="button button--small"
                            disabled={review.isPending || comment.trim() === ''}
                            onClick={() => act('return', [item])}
                          >
                            {t('return')}
                            <span className="visually-hidden">{name}</span>
                          </button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="review-page__bulk">
            <label htmlFor="review-comment">{t('comment')}</label>
            <textarea
              id="review-comment"
              className="textarea"
              value={comment}
              maxLength={2000}
              onChange={(event) => setComment(event.target.value)}
            />
            <p className="review-page__hint">{t('commentHint')}</p>
            <button
              type="button"
              className="button button--primary"
              disabled={review.isPending || chosen.length === 0}
              onClick={() => act('approve', chosen)}
            >
              {t('approveChecked', { count: chosen.length })}
            </button>
            <button
              type="button"
              className="button"
              disabled={review.isPending || chosen.length === 0 || comment.trim() === ''}
              onClick={() => act('return', chosen)}
            >
              {t('returnChecked', { count: chosen.length })}
            </button>
          </div>
        </>
      ) : null}
      <p role="status">{done}</p>
      {review.isError ? <p role="alert">{tc(errorMessageKey(review.error))}</p> : null}
    </div>
  );
}
