/**
 * Someone else saved a figure while this user was editing it: both values side by side, with who
 * saved theirs and when. 保留我的 saves mine again on top of theirs; 采用他人的 drops mine.
 * A modal dialog: focus moves into it, Tab stays inside, Escape leaves the choice for later.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConflictItem {
  key: string;
  /** Which figure: indicator and period. */
  label: string;
  mine: string;
  /** Their figure as text, or null when it was removed meanwhile. */
  theirs: string | null;
  /** "saved by … at …", or null when removed. */
  savedBy: string | null;
}

interface ConflictDialogProps {
  items: ConflictItem[];
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onDismiss: () => void;
}

export function ConflictDialog({ items, busy, onKeepMine, onTakeTheirs, onDismiss }: ConflictDialogProps) {
  const { t } = useTranslation('entry');
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const firstButtonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    firstButtonRef.current?.focus();
    return () => previous?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDismiss();
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [...(dialogRef.current?.querySelectorAll('button') ?? [])];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  return (
    <div className="entry-dialog__backdrop">
      <div
        ref={dialogRef}
        className="entry-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="entry-dialog__title">
          {t('conflict.title')}
        </h2>
        <p>{t('conflict.intro')}</p>
        <ul className="entry-dialog__items">
          {items.map((item) => (
            <li key={item.key} className="entry-dialog__item">
              <p className="entry-dialog__label">{item.label}</p>
              <dl className="entry-dialog__pair">
                <div>
                  <dt>{t('conflict.mine')}</dt>
                  <dd>{item.mine}</dd>
                </div>
                <div>
                  <dt>{t('conflict.theirs')}</dt>
                  <dd>
                    {item.theirs ?? t('conflict.removed')}
                    {item.savedBy ? <span className="entry-dialog__by">{item.savedBy}</span> : null}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
        <div className="entry-dialog__actions">
          <button
            ref={firstButtonRef}
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={onKeepMine}
          >
            {t('conflict.keepMine')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onTakeTheirs}>
            {t('conflict.takeTheirs')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onDismiss}>
            {t('conflict.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
