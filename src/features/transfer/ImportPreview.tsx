/**
 * The dry run's (or commit's) report: how many rows do what, problems of the whole file, and every
 * row with what was read, each problem shown in its cell by an icon and in words.
 */
import { CircleAlert, CircleCheck, CircleMinus, CirclePlus, RefreshCw, type LucideIcon } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowPager } from '../../components/RowPager';
import type {
  ImportCell,
  ImportIssue,
  ImportOutcome,
  ImportReport,
  ImportRow,
} from '../../api/transferContract';

const outcomeIcons: Record<ImportOutcome, LucideIcon> = {
  create: CirclePlus,
  update: RefreshCw,
  unchanged: CircleCheck,
  skipped: CircleMinus,
  error: CircleAlert,
};

function cellText(value: ImportCell | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function IssueList({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation('transfer');
  if (issues.length === 0) return null;
  return (
    <ul className="import-issues">
      {issues.map((issue, index) => (
        <li key={index} className="import-issues__item">
          <CircleAlert aria-hidden="true" focusable="false" className="import-issues__icon" />
          {t('preview.issue', { message: issue.message })}
        </li>
      ))}
    </ul>
  );
}

function PreviewRow({ row, columns }: { row: ImportRow; columns: string[] }) {
  const { t } = useTranslation('transfer');
  const Icon = outcomeIcons[row.outcome];
  const rowIssues = row.issues.filter((issue) => issue.column === null || !columns.includes(issue.column));
  return (
    <tr className={row.outcome === 'error' ? 'import-table__row--error' : undefined}>
      <th scope="row" className="import-table__number">
        {row.row}
      </th>
      <td>
        <span className={`import-outcome import-outcome--${row.outcome}`}>
          <Icon aria-hidden="true" focusable="false" className="import-outcome__icon" />
          {t(`preview.outcomes.${row.outcome}`)}
        </span>
        <IssueList issues={rowIssues} />
      </td>
      {columns.map((column) => {
        const issues = row.issues.filter((issue) => issue.column === column);
        return (
          <td key={column} className={issues.length > 0 ? 'import-table__cell--error' : undefined}>
            <span className="import-table__value">{cellText(row.values[column])}</span>
            <IssueList issues={issues} />
          </td>
        );
      })}
    </tr>
  );
}

/** Rows shown at once: a file may have thousands, and the page must stay quick. */
export const previewPageSize = 100;

export function ImportPreview({ report }: { report: ImportReport }) {
  const { t } = useTranslation('transfer');
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [start, setStart] = useState(0);
  const { counts } = report;
  const rows = onlyErrors ? report.rows.filter((row) => row.outcome === 'error') : report.rows;

  return (
    <div className="import-preview">
      {report.fileName ? (
        <p className="import-preview__file">{t('preview.file', { name: report.fileName })}</p>
      ) : null}
      {report.fileIssues.length > 0 ? (
        <div className="import-preview__problems" role="alert">
          <p>{t('preview.fileProblems')}</p>
          <IssueList issues={report.fileIssues} />
        </div>
      ) : (
        <p className="import-preview__counts">
          {t('preview.counts', { total: report.rows.length, ...counts })}
        </p>
      )}
      {report.rows.length > 0 ? (
        <>
          {counts.error > 0 ? (
            <label className="import-preview__filter">
              <input
                type="checkbox"
                checked={onlyErrors}
                onChange={(event) => {
                  setOnlyErrors(event.target.checked);
                  setStart(0);
                }}
              />
              {t('preview.onlyErrors')}
            </label>
          ) : null}
          <RowPager
            start={start}
            pageSize={previewPageSize}
            total={rows.length}
            onStart={setStart}
            label={t('preview.pages')}
          />
          {/* A wide table scrolls sideways: the region takes the keyboard focus to do so. */}
          <div className="table-scroll" role="region" aria-label={t('preview.caption')} tabIndex={0}>
            <table className="import-table">
              <caption className="visually-hidden">{t('preview.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('preview.row')}</th>
                  <th scope="col">{t('preview.outcome')}</th>
                  {report.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.slice(start, start + previewPageSize).map((row) => (
                  <PreviewRow key={row.row} row={row} columns={report.columns} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}
