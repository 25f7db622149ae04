/**
 * The frame of a table on the indicator page: a panel with its heading, and either a line saying
 * there is nothing yet or the table in a scrollable, keyboard-reachable region named by its caption.
 * The head and rows are the caller's; the last three columns of a row are usually RecordCells.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { missingFigure } from '../../domain/format';
import type { IndicatorValue } from '../../domain/model';
import type { Locale } from '../../i18n/locales';
import { formatRecordedAt } from '../../lib/formatRecordedAt';
import { recordText, recorderName } from '../../lib/recorderName';

interface IndicatorTablePanelProps {
  /** Starts the ids of the heading and the caption. */
  id: string;
  heading: string;
  /** What to say instead of the table, or null when there are rows. */
  empty: string | null;
  caption: string;
  children: ReactNode;
}

export function IndicatorTablePanel({ id, heading, empty, caption, children }: IndicatorTablePanelProps) {
  return (
    <section className="panel indicator-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {heading}
      </h2>
      {empty !== null ? (
        <p className="indicator-section__empty">{empty}</p>
      ) : (
        <div className="indicator-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="indicator-table">
            <caption id={`${id}-caption`}>{caption}</caption>
            {children}
          </table>
        </div>
      )}
    </section>
  );
}

/** A recorded figure's note, source, and who recorded it when. */
export function RecordCells({ record, locale }: { record: IndicatorValue; locale: Locale }) {
  return (
    <>
      <td>{record.note === null ? missingFigure : recordText(record.note, record.isDemo, locale)}</td>
      <td>{record.source === null ? missingFigure : recordText(record.source, record.isDemo, locale)}</td>
      <td>
        {recorderName(record.recordedBy, locale)}
        <br />
        {formatRecordedAt(record.recordedAt, locale)}
      </td>
    </>
  );
}

/** The heads of RecordCells' columns. */
export function RecordHeaderCells() {
  const { t } = useTranslation('indicator');
  return (
    <>
      <th scope="col">{t('table.note')}</th>
      <th scope="col">{t('table.source')}</th>
      <th scope="col">{t('table.recorded')}</th>
    </>
  );
}
