/** Step 1 of an import: the template to fill in, for a chosen month (figures) or as it stands (projects). */
import { Download } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../../api/client';
import { transferPaths, type SheetFormat, type TransferKind } from '../../api/transferContract';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { periodsUpTo } from '../../domain/asOf';
import { formatPeriod } from '../../domain/format';
import type { Period, PlanSummary } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';
import { downloadFile } from '../../lib/api/download-file';

interface TemplateDownloadsProps {
  plan: PlanSummary;
  kind: TransferKind;
  /** The latest month a template may be for. */
  latestPeriod: Period;
}

export function TemplateDownloads({ plan, kind, latestPeriod }: TemplateDownloadsProps) {
  const { t } = useTranslation('transfer');
  const { t: tc } = useTranslation();
  const { locale } = useLocalized();
  const headingId = useId();
  const [period, setPeriod] = useState(latestPeriod);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function download(format: SheetFormat): Promise<void> {
    const path =
      kind === 'figures'
        ? `${transferPaths.figureTemplate(plan.id, format)}${queryString({ period })}`
        : transferPaths.projectTemplate(plan.id, format);
    setBusy(true);
    setFailure(null);
    try {
      await downloadFile(path, locale);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('template.heading')}
      </h2>
      <p className="import-page__hint">
        {t(kind === 'figures' ? 'template.figuresIntro' : 'template.projectsIntro')}
      </p>
      <div className="import-page__controls">
        {kind === 'figures' ? (
          <label className="import-page__field">
            {t('template.period')}
            <select className="select" value={period} onChange={(event) => setPeriod(event.target.value)}>
              {periodsUpTo(plan.year, latestPeriod)
                .reverse()
                .map((option) => (
                  <option key={option} value={option}>
                    {formatPeriod(option, locale)}
                  </option>
                ))}
            </select>
          </label>
        ) : null}
        {(['xlsx', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void download(format)}
          >
            <Download aria-hidden="true" focusable="false" className="button__icon" />
            {t(format === 'xlsx' ? 'template.excel' : 'template.csv')}
          </button>
        ))}
      </div>
      {failure ? (
        <p className="import-page__error" role="alert">
          {tc('export.failed', { message: tc(errorMessageKey(failure)) })}
        </p>
      ) : null}
    </section>
  );
}
