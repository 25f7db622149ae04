/**
 * One central task or campaign action in the frame editor: its name, move up / down, rename
 * (Chinese and English), retire or restore, and for an action the central tasks it serves.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { BilingualInputs } from './BilingualInputs';
import { ReorderButtons } from './ReorderButtons';
import { serverErrorFor } from './writeErrors';
import { WriteStatus } from './WriteStatus';

interface FrameItemRowProps {
  name: Bilingual;
  position: number;
  count: number;
  retired: boolean;
  pending: boolean;
  onMove: (step: -1 | 1) => void;
  /** False for lists kept in no particular order (departments). */
  reorderable?: boolean;
  onRetire: (retired: boolean) => void;
  onRename: (name: Bilingual) => Promise<unknown>;
  renameError: unknown;
  /** More to edit (an action's tasks), shown under the name. */
  children?: ReactNode;
}

export function FrameItemRow(props: FrameItemRowProps) {
  const { name, position, count, retired, pending, onMove, onRetire, onRename, renameError, children } =
    props;
  const reorderable = props.reorderable ?? true;
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(name);
  const shown = pick(name);

  return (
    <li className={retired ? 'plan-admin__item plan-admin__item--retired' : 'plan-admin__item'}>
      <div className="plan-admin__item-head">
        <span className="plan-admin__item-name">
          {retired ? (
            <span className="plan-admin__tag plan-admin__tag--muted">{t('common.retiredMark')}</span>
          ) : null}{' '}
          {shown}
        </span>
        <span className="plan-admin__buttons">
          {retired || !reorderable ? null : (
            <ReorderButtons
              name={shown}
              isFirst={position === 0}
              isLast={position === count - 1}
              disabled={pending}
              onMove={onMove}
            />
          )}
          {retired ? null : (
            <button
              type="button"
              className="button button--small"
              aria-expanded={renaming}
              aria-label={t('common.renameItem', { name: shown })}
              onClick={() => {
                setDraft(name);
                setRenaming(!renaming);
              }}
            >
              {t('common.rename')}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            aria-label={
              retired ? t('common.restoreItem', { name: shown }) : t('common.retireItem', { name: shown })
            }
            onClick={() => onRetire(!retired)}
          >
            {retired ? t('common.restore') : t('common.retire')}
          </button>
        </span>
      </div>
      {renaming ? (
        <form
          className="plan-admin__inline-form"
          aria-label={t('common.renameItem', { name: shown })}
          onSubmit={(event) => {
            event.preventDefault();
            void onRename({ zh: draft.zh.trim(), en: draft.en.trim() }).then(
              () => setRenaming(false),
              () => undefined,
            );
          }}
        >
          <BilingualInputs
            label={t('frame.name')}
            value={draft}
            onChange={setDraft}
            errors={{
              zh: serverErrorFor(renameError, 'name.zh'),
              en: serverErrorFor(renameError, 'name.en'),
            }}
          />
          <button type="submit" className="button button--primary" disabled={pending}>
            {t('common.save')}
          </button>
          <WriteStatus error={renameError} shownFields={['name']} />
        </form>
      ) : null}
      {children}
    </li>
  );
}
