/**
 * 导出Excel / 导出CSV: the plan's indicators with their status, or the project list, as the page
 * shows them (at its as-of month). The file is fetched and saved by the browser.
 */
import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../../api/client';
import { useHydrated } from '../../lib/useHydrated';
import type { SheetFormat } from '../../api/transferContract';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { useLocalized } from '../../i18n/localized';
import { downloadFile } from '../../lib/api/download-file';
import './exportButtons.css';

interface ExportButtonsProps {
  planId: string;
  /** The plan's indicators (the overview) or its projects. */
  target: 'plan' | 'projects';
  /** The page's as-of month, if one is chosen. */
  asOf?: string | undefined;
}

export function ExportButtons({ planId, target, asOf }: ExportButtonsProps) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const [busy, setBusy] = useState<SheetFormat | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const hydrated = useHydrated();

  async function download(format: SheetFormat): Promise<void> {
    setBusy(format);
    setFailure(null);
    try {
      // The paths come with the transfer contract, loaded on the first download, not with the page.
      const { transferPaths } = await import('../../api/transferContract');
      const path =
        target === 'plan'
          ? transferPaths.planExport(planId, format)
          : transferPaths.projectExport(planId, format);
      await downloadFile(`${path}${queryString({ asOf })}`, locale);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-buttons" role="group" aria-label={t('export.label')}>
      {(['xlsx', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          disabled={busy !== null || !hydrated}
          onClick={() => void download(format)}
        >
          <Download aria-hidden="true" focusable="false" className="button__icon" />
          {busy === format ? t('export.downloading') : t(format === 'xlsx' ? 'export.excel' : 'export.csv')}
        </button>
      ))}
      {failure ? (
        <p className="export-buttons__error" role="alert">
          {t('export.failed', { message: t(errorMessageKey(failure)) })}
        </p>
      ) : null}
    </div>
  );
}
