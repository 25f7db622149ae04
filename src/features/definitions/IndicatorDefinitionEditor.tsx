/**
 * 编辑指标定义: admins change an indicator's lead department, targets, tolerances, planned path
 * (序时计划), 口径 and data source. Collapsed at first; a save that lost a race says who changed it
 * when, and offers the latest definition.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../domain/model';
import { useSessionUser } from '../../lib/api/get-session';
import { indicatorQueryOptions } from '../../lib/api/get-indicator';
import { DefinitionForm } from './DefinitionForm';
import './definitions.css';

export function IndicatorDefinitionEditor({
  indicator,
  planYear,
}: {
  indicator: Indicator;
  planYear: number;
}) {
  const { t } = useTranslation('definitions');
  const isAdmin = useSessionUser()?.role === 'admin';
  const latest = useQuery({ ...indicatorQueryOptions(indicator.id, undefined), enabled: isAdmin });
  if (!isAdmin || !latest.data) return null;
  const current = latest.data.indicator;
  return (
    <details className="panel definitions">
      <summary className="definitions__summary">{t('editor.toggle')}</summary>
      <DefinitionForm key={`${current.id}-${current.version}`} indicator={current} planYear={planYear} />
    </details>
  );
}
