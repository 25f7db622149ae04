/** One proposal of the review table: its source words beside its editable fields and the decision. */
import { useTranslation } from 'react-i18next';
import { draftKinds } from '../../domain/drafting/types';
import { QuoteInContext } from './QuoteInContext';
import { ThresholdFields } from './ThresholdFields';
import type { Proposal, ReviewAction } from './proposals';

interface Props {
  proposal: Proposal;
  text: string;
  actions: string[];
  selected: boolean;
  onSelect: (selected: boolean) => void;
  dispatch: (action: ReviewAction) => void;
}

export function ProposalRow({ proposal, text, actions, selected, onSelect, dispatch }: Props) {
  const { t } = useTranslation('drafting');
  const label = proposal.name || proposal.id;
  const actionChoices =
    proposal.actionName && !actions.includes(proposal.actionName)
      ? [proposal.actionName, ...actions]
      : actions;
  return (
    <tr className={`draft-row draft-row--${proposal.decision}`} data-decision={proposal.decision}>
      <td>
        <input
          type="checkbox"
          aria-label={`${t('review.select')}:${label}`}
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
        />
      </td>
      <td className="draft-row__quotes">
        {proposal.quotes.length === 0 ? (
          <span className="draft-row__added">{t('review.added')}</span>
        ) : (
          proposal.quotes.map((quote) => (
            <p key={`${quote.at}-${quote.sentence}`}>
              <QuoteInContext text={text} quote={quote} />
            </p>
          ))
        )}
      </td>
      <td>
        <input
          aria-label={`${t('review.name')}:${label}`}
          defaultValue={proposal.name}
          onBlur={(event) => {
            const name = event.target.value.trim();
            if (name !== '' && name !== proposal.name)
              dispatch({ type: 'edit', id: proposal.id, patch: { name } });
          }}
        />
      </td>
      <td>
        {proposal.thresholds.map((threshold, index) => (
          <ThresholdFields
            key={index}
            threshold={threshold}
            label={proposal.thresholds.length > 1 ? `${label}#${index + 1}` : label}
            onChange={(patch) => dispatch({ type: 'editThreshold', id: proposal.id, index, patch })}
          />
        ))}
      </td>
      <td>
        <select
          aria-label={`${t('review.kind')}:${label}`}
          value={proposal.kind}
          onChange={(event) =>
            dispatch({
              type: 'edit',
              id: proposal.id,
              patch: { kind: event.target.value as Proposal['kind'] },
            })
          }
        >
          {draftKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={`${t('review.direction')}:${label}`}
          value={proposal.direction}
          onChange={(event) =>
            dispatch({
              type: 'edit',
              id: proposal.id,
              patch: { direction: event.target.value as Proposal['direction'] },
            })
          }
        >
          <option value="higherIsBetter">{t('directions.higherIsBetter')}</option>
          <option value="lowerIsBetter">{t('directions.lowerIsBetter')}</option>
        </select>
        <label className="draft-row__binding">
          <input
            type="checkbox"
            checked={proposal.binding}
            onChange={(event) =>
              dispatch({ type: 'edit', id: proposal.id, patch: { binding: event.target.checked } })
            }
          />
          {t('review.binding')}
        </label>
      </td>
      <td>
        <select
          aria-label={`${t('review.action')}:${label}`}
          value={proposal.actionName ?? ''}
          onChange={(event) =>
            dispatch({
              type: 'edit',
              id: proposal.id,
              patch: { actionName: event.target.value === '' ? null : event.target.value },
            })
          }
        >
          <option value="">{t('review.mainTarget')}</option>
          {actionChoices.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </td>
      <td className="draft-row__decision">
        <span className="draft-row__state">{t(`review.${proposal.decision}`)}</span>
        {proposal.decision === 'dropped' ? (
          <button
            type="button"
            className="button"
            onClick={() => dispatch({ type: 'decide', id: proposal.id, decision: 'pending' })}
          >
            {t('review.restore')}
          </button>
        ) : (
          <>
            {proposal.decision === 'accepted' ? null : (
              <button
                type="button"
                className="button"
                aria-label={`${t('review.accept')}:${label}`}
                onClick={() => dispatch({ type: 'decide', id: proposal.id, decision: 'accepted' })}
              >
                {t('review.accept')}
              </button>
            )}
            <button
              type="button"
              className="button"
              aria-label={`${t('review.drop')}:${label}`}
              onClick={() => dispatch({ type: 'decide', id: proposal.id, decision: 'dropped' })}
            >
              {t('review.drop')}
            </button>
          </>
        )}
        {proposal.thresholds.length > 1 ? (
          <button
            type="button"
            className="button"
            onClick={() => dispatch({ type: 'split', id: proposal.id })}
          >
            {t('review.split')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
