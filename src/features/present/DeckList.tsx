/** The saved decks: present, copy the share link, edit or delete each. */
import { Link2, Pencil, Play, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Deck } from '../../api/presentContract';
import { EmptyState } from '../../components/states/EmptyState';
import { useLocalized } from '../../i18n/localized';
import { useDeleteDeck } from './api/save-deck';
import { formatChinaDateTime } from '../../lib/dateTimeFormat';
import { planPath } from '../../lib/plan/planAddress';

interface DeckListProps {
  planId: string;
  decks: readonly Deck[];
  /** null for visitors who may present but not edit: no edit or delete buttons then. */
  onEdit: ((deck: Deck) => void) | null;
}

export function presentPath(planId: string, deckId: string): string {
  return `${planPath(planId, 'present')}?deck=${encodeURIComponent(deckId)}`;
}

export function DeckList({ planId, decks, onEdit }: DeckListProps) {
  const { t } = useTranslation('present');
  const { locale } = useLocalized();
  const remove = useDeleteDeck(planId);
  const [copied, setCopied] = useState<string | null>(null);
  const icon = { className: 'button__icon', 'aria-hidden': true, focusable: false } as const;

  if (decks.length === 0) return <EmptyState title={t('decks.none')} />;
  return (
    <ul className="deck-list">
      {decks.map((deck) => (
        <li key={deck.id} className="deck-list__item">
          <div className="deck-list__about">
            <h3 className="deck-list__name">{deck.name}</h3>
            <p className="deck-list__meta">
              {t('decks.slideCount', { count: deck.slides.length })} ·{' '}
              {t('decks.updated', {
                user: deck.updatedBy,
                time: formatChinaDateTime(deck.updatedAt, locale),
              })}
            </p>
          </div>
          <div className="deck-list__actions">
            <Link
              className="button button--primary"
              to={presentPath(planId, deck.id)}
              state={{ returnTo: planPath(planId, 'decks') }}
            >
              <Play {...icon} />
              {t('decks.present')}
            </Link>
            <button
              type="button"
              className="button"
              onClick={() => {
                void navigator.clipboard
                  ?.writeText(new URL(presentPath(planId, deck.id), window.location.origin).href)
                  .then(() => setCopied(deck.id));
              }}
            >
              <Link2 {...icon} />
              {copied === deck.id ? t('decks.linkCopied') : t('decks.copyLink')}
            </button>
            {onEdit ? (
              <>
                <button type="button" className="button" onClick={() => onEdit(deck)}>
                  <Pencil {...icon} />
                  {t('decks.edit')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t('decks.confirmDelete', { name: deck.name }))) remove.mutate(deck);
                  }}
                >
                  <Trash2 {...icon} />
                  {t('decks.delete')}
                </button>
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
