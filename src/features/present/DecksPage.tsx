/**
 * 演示 (`/decks`): present every slide at once, or a saved deck; build, change, share and delete
 * decks. Anyone who may view may present; saving needs an editor or administrator.
 */
import { Play, Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Deck } from '../../api/presentContract';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { usePlanTree } from '../../lib/api/get-plan-tree';
import { usePlans } from '../../lib/api/get-plans';
import { useDecks } from './api/get-decks';
import { DeckEditor } from './DeckEditor';
import { DeckList } from './DeckList';
import { slidesOfPlan } from './slides';
import { useMayEditDecks } from '../../lib/useMayEditDecks';
import './decks.css';
import { signInPath } from '../../lib/nextPath';
import { usePlanId } from '../../lib/plan/usePlanId';
import { planPath } from '../../lib/plan/planAddress';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'deck'; deck: Deck };

export default function DecksPage() {
  const { t } = useTranslation('present');
  const plans = usePlans();
  const planId = usePlanId();
  const tree = usePlanTree(planId, undefined);
  const decks = useDecks(planId);
  const mayEdit = useMayEditDecks();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const slides = useMemo(() => (tree.data ? slidesOfPlan(tree.data) : []), [tree.data]);
  const failed = [plans, tree, decks].find((query) => query.isError);

  return (
    <div className="page decks-page">
      <header className="page__header">
        <h1 className="page__title">{t('decks.title')}</h1>
      </header>
      <p className="decks-page__intro">{t('decks.intro')}</p>
      <div className="decks-page__start">
        <Link
          className="button button--primary"
          to={planPath(planId, 'present')}
          state={{ returnTo: planPath(planId, 'decks') }}
        >
          <Play className="button__icon" aria-hidden="true" focusable="false" />
          {t('decks.presentAll')}
        </Link>
        {mayEdit && editing.kind === 'none' ? (
          <button
            type="button"
            className="button"
            onClick={() => setEditing({ kind: 'new' })}
            disabled={!tree.data}
          >
            <Plus className="button__icon" aria-hidden="true" focusable="false" />
            {t('decks.newDeck')}
          </button>
        ) : null}
      </div>
      {mayEdit ? null : (
        <p className="decks-page__hint">
          <Link to={signInPath(planPath(planId, 'decks'))}>{t('decks.signInToEdit')}</Link>
        </p>
      )}
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
      ) : null}
      {planId && mayEdit && editing.kind !== 'none' ? (
        <DeckEditor
          key={editing.kind === 'deck' ? `${editing.deck.id}-${editing.deck.version}` : 'new'}
          planId={planId}
          slides={slides}
          deck={editing.kind === 'deck' ? editing.deck : undefined}
          onDone={() => setEditing({ kind: 'none' })}
        />
      ) : null}
      <section className="panel" aria-labelledby="saved-decks-heading">
        <h2 id="saved-decks-heading" className="panel__title">
          {t('decks.saved')}
        </h2>
        {planId && decks.data ? (
          <DeckList
            planId={planId}
            decks={decks.data.decks}
            onEdit={(deck) => setEditing({ kind: 'deck', deck })}
          />
        ) : failed ? null : (
          <LoadingState blocks={2} />
        )}
      </section>
    </div>
  );
}
