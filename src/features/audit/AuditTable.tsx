/** A list of audit entries, newest first: when, who, what, the change from → to, and why. */
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/auditContract';
import { formatPeriod } from '../../domain/format';
import type { Indicator } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { useAuditFieldText, useAuditValueText } from '../../lib/auditText';

interface AuditTableProps {
  entries: AuditEntry[];
  caption: string;
  /** Indicators by id, to name what an entry is about and read its unit. */
  indicators: ReadonlyMap<string, Indicator>;
  /** Hide the object column (on an indicator's own page). */
  showObject?: boolean;
}

export function AuditTable({ entries, caption, indicators, showObject = true }: AuditTableProps) {
  const { t } = useTranslation('audit');
  const { locale, pick } = useLocalized();
  const valueText = useAuditValueText();
  const fieldText = useAuditFieldText();

  return (
    <div className="audit-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="audit-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('at')}</th>
            <th scope="col">{t('actor')}</th>
            <th scope="col">{t('type')}</th>
            {showObject ? <th scope="col">{t('object')}</th> : null}
            <th scope="col">{t('period')}</th>
            <th scope="col">{t('change')}</th>
            <th scope="col">{t('note')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const indicator =
              entry.entityType === 'value' || entry.entityType === 'indicator'
                ? indicators.get(entry.entityId)
                : undefined;
            const unit = indicator?.unit ?? null;
            const field = fieldText(entry);
            return (
              <tr key={entry.id}>
                <td className="audit-table__time">{formatRecordedAt(entry.at, locale)}</td>
                <td>
                  {entry.actorName}
                  <span className="audit-table__username">{entry.actor}</span>
                </td>
                <td>{t(`types.${entry.entityType}`)}</td>
                {showObject ? <td>{indicator ? pick(indicator.name) : entry.entityId}</td> : null}
                <td>{entry.period ? formatPeriod(entry.period, locale) : ''}</td>
                <td className="audit-table__change">
                  {field ? t('field', { field }) : null}
                  <span className="audit-table__old">{valueText(entry, entry.oldValue, unit, locale)}</span>
                  {' → '}
                  <span className="audit-table__new">{valueText(entry, entry.newValue, unit, locale)}</span>
                </td>
                <td>{entry.note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
