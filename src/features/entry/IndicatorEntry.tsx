/**
 * The 填报 section of an indicator page, for users who may write this indicator's figures (an
 * editor of its lead department, or an admin). It works on the current figures whatever as-of
 * period the page shows, since a save replaces the current one. Derived indicators say why there
 * is nothing to type in.
 */
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../domain/model';
import { isTypedIn } from '../../domain/valueRules';
import { useMayWriteFor } from '../../lib/api/get-session';
import { useQuery } from '@tanstack/react-query';
import { indicatorQueryOptions } from '../../lib/api/get-indicator';
import { usePlans } from '../../lib/api/get-plans';
import { ValueEntryForm } from './ValueEntryForm';
import './entry.css';

export function IndicatorEntry({ indicator, planYear }: { indicator: Indicator; planYear: number }) {
  const { t } = useTranslation('entry');
  const mayWrite = useMayWriteFor(indicator.leadDepartment);
  const reviewFigures =
    usePlans().data?.plans.find((plan) => plan.id === indicator.planId)?.reviewFigures === true;
  const latest = useQuery({
    ...indicatorQueryOptions(indicator.id, undefined, 'current'),
    enabled: mayWrite && isTypedIn(indicator),
  });
  if (!mayWrite) return null;
  if (!isTypedIn(indicator)) return <p className="panel entry-form__derived">{t('form.derived')}</p>;
  if (!latest.data) return null;
  return (
    <ValueEntryForm
      key={indicator.id}
      indicator={latest.data.indicator}
      planYear={planYear}
      figures={latest.data.values}
      reviewFigures={reviewFigures}
    />
  );
}
