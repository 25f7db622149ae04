/**
 * `/plans/:planId/admin/indicators`: the plan's indicators by campaign action (main targets
 * first): reorder, move to another action, retire and restore (retired ones listed apart), open
 * the editor, add one; and lead departments assigned in bulk.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import type { Indicator, Plan } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { usePlanIndicators } from '../../lib/api/get-plan-indicators';
import { useEditIndicator, useRetireIndicator } from './api/content-writes';
import { inForce, retiredOnes } from './frameOrder';
import { useItemMoves } from './useFrameMoves';
import { LeadDepartmentsForm } from './LeadDepartmentsForm';
import { PlanAdminFrame } from './PlanAdminFrame';
import { ReorderButtons } from './ReorderButtons';
import { WriteStatus } from './WriteStatus';

export default function IndicatorsAdminPage() {
  const { t } = useTranslation('planAdmin');
  return (
    <PlanAdminFrame heading={(plan) => t('indicators.title', { plan })}>
      {({ plan }) => <IndicatorLists plan={plan} />}
    </PlanAdminFrame>
  );
}

function IndicatorLists({ plan }: { plan: Plan }) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const list = usePlanIndicators(plan.id);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const indicators = list.data.indicators;
  const groups = [
    { id: '', name: t('indicators.mainTargets') },
    ...inForce(plan.actions).map((action) => ({ id: action.id, name: pick(action.name) })),
  ];
  const retired = retiredOnes(indicators);
  const base = `/plans/${encodeURIComponent(plan.id)}/admin/indicators`;
  return (
    <>
      <p>
        <Link to={`${base}/new`} className="button button--primary">
          {t('indicators.add')}
        </Link>
      </p>
      {groups.map((group) => {
        const members = inForce(indicators.filter((indicator) => (indicator.actionId ?? '') === group.id));
        const headingId = `indicators-${group.id || 'main'}`;
        return (
          <section key={group.id} className="panel" aria-labelledby={headingId}>
            <h2 id={headingId} className="panel__title">
              {group.name}
            </h2>
            {members.length === 0 ? <p>{t('indicators.none')}</p> : null}
            <ol className="plan-admin__items">
              {members.map((indicator, index) => (
                <IndicatorRow
                  key={indicator.id}
                  plan={plan}
                  indicator={indicator}
                  siblings={members}
                  position={index}
                  groups={groups}
                />
              ))}
            </ol>
            <p>
              <Link
                to={`${base}/new${group.id ? `?action=${encodeURIComponent(group.id)}` : ''}`}
                className="button button--small"
              >
                {t('indicators.add')}
              </Link>
            </p>
          </section>
        );
      })}
      <section className="panel" aria-labelledby="indicators-retired">
        <h2 id="indicators-retired" className="panel__title">
          {t('common.retiredHeading')}
        </h2>
        {retired.length === 0 ? <p>{t('common.noneRetired')}</p> : null}
        <ul className="plan-admin__items">
          {retired.map((indicator) => (
            <IndicatorRow
              key={indicator.id}
              plan={plan}
              indicator={indicator}
              siblings={[indicator]}
              position={0}
              groups={groups}
            />
          ))}
        </ul>
      </section>
      <LeadDepartmentsForm plan={plan} indicators={inForce(indicators)} />
    </>
  );
}

interface IndicatorRowProps {
  plan: Plan;
  indicator: Indicator;
  siblings: readonly Indicator[];
  position: number;
  groups: readonly { id: string; name: string }[];
}

function IndicatorRow({ plan, indicator, siblings, position, groups }: IndicatorRowProps) {
  const { t } = useTranslation('planAdmin');
  const { pick } = useLocalized();
  const edit = useEditIndicator(plan.id);
  const retire = useRetireIndicator(plan.id);
  const moves = useItemMoves(plan.id, 'indicators');
  const [target, setTarget] = useState(indicator.actionId ?? '');
  const [error, setError] = useState<unknown>(null);
  const name = pick(indicator.name);
  const pending = edit.isPending || retire.isPending || moves.pending;
  const selectId = `move-${indicator.id}`;

  async function move(step: -1 | 1) {
    setError(null);
    try {
      await moves.move(siblings, indicator, step);
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <li className={indicator.retired ? 'plan-admin__item plan-admin__item--retired' : 'plan-admin__item'}>
      <div className="plan-admin__item-head">
        <span className="plan-admin__item-name">
          {indicator.retired ? (
            <span className="plan-admin__tag plan-admin__tag--muted">{t('common.retiredMark')}</span>
          ) : null}{' '}
          {name} <span className="plan-admin__tag">{t(`natures.${indicator.nature}`)}</span>
        </span>
        <span className="plan-admin__buttons">
          {indicator.retired ? null : (
            <ReorderButtons
              name={name}
              isFirst={position === 0}
              isLast={position === siblings.length - 1}
              disabled={pending}
              onMove={(step) => void move(step)}
            />
          )}
          <Link
            to={`/plans/${encodeURIComponent(plan.id)}/admin/indicators/${encodeURIComponent(indicator.id)}`}
            className="button button--small"
            aria-label={t('indicators.edit', { name })}
          >
            {t('common.edit')}
          </Link>
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            aria-label={
              indicator.retired ? t('common.restoreItem', { name }) : t('common.retireItem', { name })
            }
            onClick={() => {
              setError(null);
              retire.mutate(
                { indicatorId: indicator.id, restore: indicator.retired, expectedVersion: indicator.version },
                { onError: setError },
              );
            }}
          >
            {indicator.retired ? t('common.restore') : t('common.retire')}
          </button>
        </span>
      </div>
      <p className="plan-admin__meta">
        {pick(indicator.targetText)} · {t('indicators.lead')}:{' '}
        {indicator.leadDepartment ?? t('indicators.noLead')}
      </p>
      {indicator.retired ? null : (
        <form
          className="plan-admin__buttons"
          onSubmit={(event) => {
            event.preventDefault();
            setError(null);
            edit.mutate(
              {
                indicatorId: indicator.id,
                patch: { actionId: target === '' ? null : target, isMainTarget: target === '' },
                expectedVersion: indicator.version,
              },
              { onError: setError },
            );
          }}
        >
          <label htmlFor={selectId}>{t('indicators.moveItem', { name })}</label>
          <select
            id={selectId}
            className="select"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
          >
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button button--small"
            disabled={pending || target === (indicator.actionId ?? '')}
          >
            {t('indicators.move')}
          </button>
        </form>
      )}
      <WriteStatus error={error} />
    </li>
  );
}
