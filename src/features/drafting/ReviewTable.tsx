/** The table of proposals, with merging of the selected ones and adding one the reader missed. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProposalRow } from './ProposalRow';
import { confirmedTargets, reviewCounts, type Review, type ReviewAction } from './proposals';

export function ReviewTable({
  review,
  dispatch,
}: {
  review: Review;
  dispatch: (action: ReviewAction) => void;
}) {
  const { t } = useTranslation('drafting');
  const addId = useId();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [newName, setNewName] = useState('');
  const counts = reviewCounts(review);
  const actions = review.frame?.actions ?? [];

  function select(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <>
      <p role="status" className="draft-page__counts">
        {t('review.counts', { total: review.proposals.length, ...counts })}
      </p>
      <div className="draft-page__tools">
        <button
          type="button"
          className="button"
          disabled={selected.size < 2}
          onClick={() => {
            dispatch({ type: 'merge', ids: [...selected] });
            setSelected(new Set());
          }}
        >
          {t('review.merge')}
        </button>
      </div>
      <div className="draft-table__scroll">
        <table className="draft-table">
          <thead>
            <tr>
              <th scope="col">{t('review.select')}</th>
              <th scope="col">{t('review.sentence')}</th>
              <th scope="col">{t('review.name')}</th>
              <th scope="col">{t('review.target')}</th>
              <th scope="col">{t('review.kind')}</th>
              <th scope="col">{t('review.action')}</th>
              <th scope="col">{t('review.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {review.proposals.map((proposal) => (
              <ProposalRow
                key={proposal.id}
                proposal={proposal}
                text={review.text}
                actions={actions}
                selected={selected.has(proposal.id)}
                onSelect={(on) => select(proposal.id, on)}
                dispatch={dispatch}
              />
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="draft-page__add"
        aria-labelledby={addId}
        onSubmit={(event) => {
          event.preventDefault();
          const name = newName.trim();
          if (name === '') return;
          dispatch({ type: 'add', name });
          setNewName('');
        }}
      >
        <h3 id={addId} className="draft-page__add-title">
          {t('review.addHeading')}
        </h3>
        <label>
          {t('review.addName')}
          <input value={newName} onChange={(event) => setNewName(event.target.value)} />
        </label>
        <button type="submit" className="button" disabled={newName.trim() === ''}>
          {t('review.add')}
        </button>
      </form>
      <p className="draft-page__confirm-note">
        {t('review.confirmNote', { count: confirmedTargets(review).length })}
      </p>
    </>
  );
}
