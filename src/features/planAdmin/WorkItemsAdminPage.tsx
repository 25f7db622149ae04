/**
 * `/plans/:planId/admin/work-items`: the plan's work items (方向性工作) by campaign action. Admins
 * add, rename, move, reorder, retire and restore them; admins and the lead department's editors
 * keep their progress (未启动 / 推进中 / 已完成 / 滞后, with a dated note). The state is said in
 * words and marked with an icon, never by colour alone.
 */
import { CircleCheck, CircleDashed, CircleDot, TriangleAlert } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTreeResponse } from '../../api/contract';
import { mayWriteFor } from '../../api/authContract';
import type { Bilingual, Plan, WorkItem, WorkItemStatus } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { useDepartments } from '../../lib/api/get-departments';
import { useSessionUser } from '../../lib/api/get-session';
import { useAddWorkItem, useEditWorkItem, useRetireWorkItem } from './api/content-writes';
import { BilingualInputs } from './BilingualInputs';
import { describedBy, FieldMessage } from './FieldMessage';
import { FrameItemRow } from './FrameItemRow';
import { inForce, retiredOnes } from './frameOrder';
import { useItemMoves } from './useFrameMoves';
import { PlanAdminFrame } from './PlanAdminFrame';
import { WorkItemProgressForm } from './WorkItemProgressForm';
import { serverErrorFor } from './writeErrors';
import { WriteStatus } from './WriteStatus';

const statusIcons = {
  notStarted: CircleDashed,
  inProgress: CircleDot,
  done: CircleCheck,
  blocked: TriangleAlert,
} as const;

export default function WorkItemsAdminPage() {
  const { t } = useTranslation('planAdmin');
  return (
    <PlanAdminFrame heading={(plan) => t('workItems.title', { plan })} editorsToo>
      {(tree) => <WorkItems tree={tree} />}
    </PlanAdminFrame>
  );
}

function WorkItems({ tree }: { tree: PlanTreeResponse }) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const user = useSessionUser();
  const isAdmin = user?.role === 'admin';
  const { plan, workItems } = tree;
  const actions = inForce(plan.actions);
  const shown = isAdmin ? workItems : workItems.filter((item) => mayWriteFor(user, item.owner));
  const retired = retiredOnes(shown);
  return (
    <>
      {isAdmin ? null : <p className="plan-admin__hint">{t('workItems.leadOnly')}</p>}
      {actions.map((action) => {
        const members = inForce(shown.filter((item) => item.actionId === action.id));
        if (!isAdmin && members.length === 0) return null;
        return (
          <section key={action.id} className="panel" aria-labelledby={`work-${action.id}`}>
            <h2 id={`work-${action.id}`} className="panel__title">
              {pick(action.name)}
            </h2>
            {members.length === 0 ? <p>{t('workItems.none')}</p> : null}
            <ol className="plan-admin__items">
              {members.map((item, index) => (
                <WorkItemRow
                  key={item.id}
                  plan={plan}
                  item={item}
                  siblings={members}
                  position={index}
                  isAdmin={isAdmin}
                />
              ))}
            </ol>
          </section>
        );
      })}
      {isAdmin ? (
        <>
          <section className="panel" aria-labelledby="work-add">
            <h2 id="work-add" className="panel__title">
              {t('workItems.add')}
            </h2>
            <AddWorkItemForm plan={plan} />
          </section>
          <section className="panel" aria-labelledby="work-retired">
            <h2 id="work-retired" className="panel__title">
              {t('common.retiredHeading')}
            </h2>
            {retired.length === 0 ? <p>{t('common.noneRetired')}</p> : null}
            <ul className="plan-admin__items">
              {retired.map((item) => (
                <WorkItemRow key={item.id} plan={plan} item={item} siblings={[item]} position={0} isAdmin />
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}

export function WorkItemStatusMark({ status }: { status: WorkItemStatus }) {
  const { t } = useTranslation('planAdmin');
  const Icon = statusIcons[status];
  return (
    <span className={`plan-admin__tag plan-admin__work-status plan-admin__work-status--${status}`}>
      <Icon aria-hidden="true" focusable="false" className="button__icon" />{' '}
      {t(`workItems.statuses.${status}`)}
    </span>
  );
}

interface WorkItemRowProps {
  plan: Plan;
  item: WorkItem;
  siblings: readonly WorkItem[];
  position: number;
  isAdmin: boolean;
}

function WorkItemRow({ plan, item, siblings, position, isAdmin }: WorkItemRowProps) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const edit = useEditWorkItem(plan.id);
  const retire = useRetireWorkItem(plan.id);
  const moves = useItemMoves(plan.id, 'workItems');
  const [target, setTarget] = useState(item.actionId);
  const [error, setError] = useState<unknown>(null);
  const [progressOpen, setProgressOpen] = useState(false);
  const name = pick(item.title);
  const lastNote = item.notes.at(-1);

  async function move(step: -1 | 1) {
    setError(null);
    try {
      await moves.move(siblings, item, step);
    } catch (failure) {
      setError(failure);
    }
  }

  const details = (
    <>
      <p className="plan-admin__meta">
        <WorkItemStatusMark status={item.status} /> · {t('workItems.owner')}:{' '}
        {item.owner ?? t('indicators.noLead')} ·{' '}
        {lastNote
          ? t('workItems.lastNote', { date: lastNote.date, text: lastNote.text })
          : t('workItems.noNotes')}
      </p>
      {item.retired ? null : (
        <button
          type="button"
          className="button button--small"
          aria-expanded={progressOpen}
          aria-label={t('workItems.progressOf', { name })}
          onClick={() => setProgressOpen(!progressOpen)}
        >
          {t('workItems.progress')}
        </button>
      )}
      {progressOpen ? <WorkItemProgressForm planId={plan.id} workItem={item} /> : null}
      {isAdmin && !item.retired ? (
        <form
          className="plan-admin__buttons"
          onSubmit={(event) => {
            event.preventDefault();
            setError(null);
            edit.mutate(
              { workItemId: item.id, patch: { actionId: target }, expectedVersion: item.version },
              { onError: setError },
            );
          }}
        >
          <label htmlFor={`move-work-${item.id}`}>{t('workItems.moveItem', { name })}</label>
          <select
            id={`move-work-${item.id}`}
            className="select"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            {inForce(plan.actions).map((action) => (
              <option key={action.id} value={action.id}>
                {pick(action.name)}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button button--small"
            disabled={edit.isPending || target === item.actionId}
          >
            {t('indicators.move')}
          </button>
        </form>
      ) : null}
      <WriteStatus error={error ?? retire.error} />
    </>
  );

  if (!isAdmin)
    return (
      <li className="plan-admin__item">
        <p className="plan-admin__item-name">{name}</p>
        {details}
      </li>
    );
  return (
    <FrameItemRow
      name={item.title}
      position={position}
      count={siblings.length}
      retired={item.retired}
      pending={edit.isPending || retire.isPending || moves.pending}
      onMove={(step) => void move(step)}
      onRetire={(retired) =>
        retire.mutate({ workItemId: item.id, restore: !retired, expectedVersion: item.version })
      }
      onRename={(title) =>
        edit.mutateAsync({ workItemId: item.id, patch: { title }, expectedVersion: item.version })
      }
      renameError={edit.error}
    >
      {details}
    </FrameItemRow>
  );
}

function AddWorkItemForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const id = useId();
  const add = useAddWorkItem(plan.id);
  const departments = useDepartments(plan.zone.zh).data?.departments ?? [];
  const actions = inForce(plan.actions);
  const empty: Bilingual = { zh: '', en: '' };
  const [title, setTitle] = useState(empty);
  const [actionId, setActionId] = useState(actions[0]?.id ?? '');
  const [owner, setOwner] = useState('');
  const [quote, setQuote] = useState('');
  const quoteError = serverErrorFor(add.error, 'sourceQuote');
  return (
    <form
      className="plan-admin__form"
      aria-labelledby="work-add"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(
          {
            actionId,
            title: { zh: title.zh.trim(), en: title.en.trim() },
            owner: owner === '' ? null : owner,
            sourceQuote: quote.trim(),
          },
          {
            onSuccess: () => {
              setTitle(empty);
              setQuote('');
            },
          },
        );
      }}
    >
      <BilingualInputs
        label={t('workItems.itemTitle')}
        value={title}
        onChange={setTitle}
        errors={{ zh: serverErrorFor(add.error, 'title.zh'), en: serverErrorFor(add.error, 'title.en') }}
      />
      <div className="plan-admin__row">
        <div className="plan-admin__field">
          <label htmlFor={`${id}-action`}>{t('workItems.action')}</label>
          <select
            id={`${id}-action`}
            className="select"
            value={actionId}
            onChange={(event) => setActionId(event.target.value)}
          >
            {actions.map((action) => (
              <option key={action.id} value={action.id}>
                {pick(action.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="plan-admin__field">
          <label htmlFor={`${id}-owner`}>{t('workItems.owner')}</label>
          <select
            id={`${id}-owner`}
            className="select"
            value={owner}
            onChange={(event) => setOwner(event.target.value)}
          >
            <option value="">{t('indicators.noLead')}</option>
            {departments
              .filter((department) => !department.retired)
              .map((department) => (
                <option key={department.id} value={department.name.zh}>
                  {pick(department.name)}
                </option>
              ))}
          </select>
        </div>
      </div>
      <div className="plan-admin__field">
        <label htmlFor={`${id}-quote`}>{t('common.sourceQuote')}</label>
        <textarea
          id={`${id}-quote`}
          className="plan-admin__input"
          lang="zh-CN"
          rows={2}
          value={quote}
          onChange={(event) => setQuote(event.target.value)}
          {...describedBy(`${id}-quote-error`, quoteError)}
        />
        <FieldMessage id={`${id}-quote-error`} message={quoteError} />
      </div>
      <div className="plan-admin__buttons">
        <button type="submit" className="button button--primary" disabled={add.isPending || actionId === ''}>
          {t('workItems.add')}
        </button>
      </div>
      <WriteStatus error={add.error} saved={add.isSuccess} shownFields={['title', 'sourceQuote']} />
    </form>
  );
}
