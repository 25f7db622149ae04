/** How the change history words an entry's before and after, in the user's language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditJson } from '../api/auditContract';
import { formatValue, type FormatLocale } from '../domain/format';
import { judgementSchema, type Unit } from '../domain/model';

export function isRecord(value: AuditJson): value is { [key: string]: AuditJson } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const knownFields = [
  'thresholds',
  'tolerances',
  'plannedPath',
  'leadDepartment',
  'definition',
  'dataSource',
  'centralTaskIds',
] as const;
type KnownField = (typeof knownFields)[number];

function isKnownField(field: string | undefined): field is KnownField {
  return knownFields.some((known) => known === field);
}

/** Words for one side of a change; `unit` is the indicator's, for figures. */
export function useAuditValueText(): (
  entry: AuditEntry,
  value: AuditJson,
  unit: Unit | null,
  locale: FormatLocale,
) => string {
  const { t } = useTranslation('audit');
  const { t: te } = useTranslation('entry');
  return useCallback(
    (entry, value, unit, locale) => {
      if (value === null) return t('noValue');
      if (entry.entityType === 'value' && isRecord(value)) {
        const parts: string[] = [];
        if (typeof value.value === 'number')
          parts.push(unit ? formatValue(value.value, unit, locale) : String(value.value));
        const judgement = judgementSchema.safeParse(value.judgement);
        if (judgement.success) parts.push(te(`judgements.${judgement.data}`));
        if (typeof value.achievedOn === 'string') parts.push(t('achievedOn', { date: value.achievedOn }));
        const text = parts.join(' ') || t('noValue');
        return value.isDemo === true ? `${text}${t('demo')}` : text;
      }
      if (typeof value === 'string') return value;
      if (isRecord(value) && typeof value.zh === 'string' && typeof value.en === 'string')
        return locale === 'zh-CN' ? value.zh : value.en;
      return JSON.stringify(value);
    },
    [t, te],
  );
}

/** The changed field's name, when the entry names one. */
export function useAuditFieldText(): (entry: AuditEntry) => string | null {
  const { t } = useTranslation('audit');
  return useCallback(
    (entry) => (isKnownField(entry.field) ? t(`fields.${entry.field}`) : (entry.field ?? null)),
    [t],
  );
}
