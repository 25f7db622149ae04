/**
 * Building a deck: its name, the slides to show in order (add, move up and down, remove) and how
 * many seconds each stays up. Saving a deck someone else changed meanwhile loads their version
 * and says so, rather than overwriting it.
 */
import { ArrowDown, ArrowUp, Plus, X } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import {
  deckSchema,
  defaultSlideSeconds,
  maxSlideSeconds,
  minSlideSeconds,
  type Deck,
  type DeckSlide,
} from '../../api/presentContract';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { useSaveDeck } from './api/save-deck';
import type { Slide } from './slides';
import { useSlideLabel } from './useSlideLabel';

interface DeckEditorProps {
  planId: string;
  /** Every slide the plan offers. */
  slides: readonly Slide[];
  /** The deck being changed; absent for a new one. */
  deck?: Deck;
  onDone: (saved: Deck | null) => void;
}

interface Draft {
  name: string;
  slides: DeckSlide[];
  base: Pick<Deck, 'id' | 'version'> | undefined;
}

function draftOf(deck: Deck | undefined, defaultName: string): Draft {
  return {
    name: deck?.name ?? defaultName,
    slides: deck?.slides.map((slide) => ({ ...slide })) ?? [],
    base: deck ? { id: deck.id, version: deck.version } : undefined,
  };
}

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function DeckEditor({ planId, slides, deck, onDone }: DeckEditorProps) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const label = useSlideLabel();
  const nameId = useId();
  const [draft, setDraft] = useState(() => draftOf(deck, t('decks.defaultName')));
  const [conflict, setConflict] = useState(false);
  const save = useSaveDeck(planId);
  const byId = new Map(slides.map((slide) => [slide.id, slide]));
  const chosenIds = new Set(draft.slides.map((slide) => slide.slideId));
  const setSlides = (change: (current: DeckSlide[]) => DeckSlide[]) =>
    setDraft((current) => ({ ...current, slides: change(current.slides) }));

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (draft.slides.length === 0) return;
    setConflict(false);
    save.mutate(
      { deck: draft.base, input: { name: draft.name, slides: draft.slides } },
      {
        onSuccess: (saved) => onDone(saved),
        onError: (error) => {
          const current =
            error instanceof ApiError && error.code === 'conflict'
              ? deckSchema.safeParse(error.current)
              : null;
          if (current?.success) {
            setDraft(draftOf(current.data, t('decks.defaultName')));
            setConflict(true);
          }
        },
      },
    );
  }

  const failure = save.isError && !conflict ? save.error : null;
  return (
    <form
      className="panel deck-editor"
      onSubmit={submit}
      aria-label={deck ? t('decks.editDeck', { name: deck.name }) : t('decks.newDeck')}
    >
      <h2 className="panel__title">{deck ? t('decks.editDeck', { name: deck.name }) : t('decks.newDeck')}</h2>
      <div className="deck-editor__field">
        <label htmlFor={nameId}>{t('decks.name')}</label>
        <input
          id={nameId}
          className="deck-input"
          value={draft.name}
          required
          maxLength={120}
          onChange={(event) => setDraft((current) => ({ ...current, name: event.target.value }))}
        />
      </div>
      <div className="deck-editor__lists">
        <section className="deck-editor__list" aria-labelledby={`${nameId}-available`}>
          <h3 id={`${nameId}-available`}>{t('decks.available')}</h3>
          <ul>
            {slides.map((slide) => (
              <li key={slide.id} className="deck-editor__row">
                <span className="deck-editor__label">{label(slide)}</span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={chosenIds.has(slide.id)}
                  onClick={() =>
                    setSlides((current) => [
                      ...current,
                      { slideId: slide.id, durationSeconds: defaultSlideSeconds },
                    ])
                  }
                  aria-label={`${t('decks.add')}:${label(slide)}`}
                >
                  <Plus className="button__icon" aria-hidden="true" focusable="false" />
                  {t('decks.add')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="deck-editor__list" aria-labelledby={`${nameId}-chosen`}>
          <h3 id={`${nameId}-chosen`}>{t('decks.chosen')}</h3>
          {draft.slides.length === 0 ? <p className="deck-editor__empty">{t('decks.noneChosen')}</p> : null}
          <ol>
            {draft.slides.map((chosen, index) => {
              const slide = byId.get(chosen.slideId);
              const name = slide ? label(slide) : chosen.slideId;
              return (
                <li key={chosen.slideId} className="deck-editor__row">
                  <span className="deck-editor__label">{name}</span>
                  <label className="deck-editor__duration">
                    <span className="visually-hidden">{`${name} `}</span>
                    {t('decks.duration')}
                    <input
                      type="number"
                      className="deck-input deck-input--narrow"
                      min={minSlideSeconds}
                      max={maxSlideSeconds}
                      required
                      value={chosen.durationSeconds}
                      onChange={(event) => {
                        const seconds = Number(event.target.value);
                        setSlides((current) =>
                          current.map((item, i) =>
                            i === index ? { ...item, durationSeconds: seconds } : item,
                          ),
                        );
                      }}
                    />
                  </label>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={index === 0}
                    onClick={() => setSlides((current) => moved(current, index, index - 1))}
                    aria-label={`${t('decks.moveUp')}:${name}`}
                  >
                    <ArrowUp className="button__icon" aria-hidden="true" focusable="false" />
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={index === draft.slides.length - 1}
                    onClick={() => setSlides((current) => moved(current, index, index + 1))}
                    aria-label={`${t('decks.moveDown')}:${name}`}
                  >
                    <ArrowDown className="button__icon" aria-hidden="true" focusable="false" />
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setSlides((current) => current.filter((_, i) => i !== index))}
                    aria-label={`${t('decks.remove')}:${name}`}
                  >
                    <X className="button__icon" aria-hidden="true" focusable="false" />
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
      {conflict ? (
        <p className="deck-editor__notice" role="alert">
          {t('decks.conflict')}
        </p>
      ) : null}
      {failure ? (
        <p className="deck-editor__notice" role="alert">
          {failure instanceof ApiError && (failure.code === 'unauthorized' || failure.code === 'forbidden')
            ? t('decks.signInToEdit')
            : tc(errorMessageKey(failure))}
        </p>
      ) : null}
      <div className="deck-editor__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending || draft.slides.length === 0}
        >
          {save.isPending ? t('decks.saving') : t('decks.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('decks.cancel')}
        </button>
      </div>
    </form>
  );
}
