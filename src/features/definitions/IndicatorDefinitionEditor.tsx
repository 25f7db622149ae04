/**
 * 编辑指标定义 on the indicator page: admins edit the whole definition with the indicator editor
 * (wording, targets, relative target, departments, tolerances, planned path, 口径, source).
 * Collapsed at first; a save that lost a race says who changed it when, and offers the latest.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../domain/model';
import { useSessionUser } from '../../lib/api/get-session';
import { indicatorQueryOptions } from '../../lib/api/get-indicator';
import { usePlanTree } from '../../lib/api/get-plan-tree';
import { DefinitionForm } from './DefinitionForm';
import './definitions.css';

export function IndicatorDefinitionEditor({ indicator }: { indicator: Indicator; planYear: number }) {
  const { t } = useTranslation('definitions');
  const isAdmin = useSessionUser()?.role === 'admin';
  const latest = useQuery({ ...indicatorQueryOptions(indicator.id, undefined), enabled: isAdmin });
  const tree = usePlanTree(isAdmin ? indicator.planId : undefined, undefined);
  if (!isAdmin || !latest.data || !tree.data) return null;
  const current = latest.data.indicator;
  return (
    <details className="panel definitions">
      <summary className="definitions__summary">{t('editor.toggle')}</summary>
      <DefinitionForm
        key={current.id}
        plan={tree.data.plan}
        indicators={tree.data.indicators}
        indicator={current}
      />
    </details>
  );
}
