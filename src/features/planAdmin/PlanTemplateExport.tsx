/** 导出计划模板: the whole plan as the template (Excel or CSV), saved by the browser. */
import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetFormat } from '../../api/transferContract';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { useLocalized } from '../../i18n/localized';
import { downloadPlanTemplate } from './api/plan-template';
import './registerTemplateMessages';
import './planTemplate.css';

export function PlanTemplateExport({ planId }: { planId: string }) {
  const { t } = useTranslation('planTemplate');
  const { t: tc } = useTranslation();
  const { locale } = useLocalized();
  const [busy, setBusy] = useState<SheetFormat | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  async function download(format: SheetFormat): Promise<void> {
    setBusy(format);
    setFailure(null);
    try {
      await downloadPlanTemplate(planId, format, locale);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="panel" aria-labelledby="plan-template-export">
      <h2 id="plan-template-export" className="panel__title">
        {t('export.heading')}
      </h2>
      <p className="plan-admin__hint">{t('export.hint')}</p>
      <div className="plan-template__buttons">
        {(['xlsx', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            <Download aria-hidden="true" focusable="false" className="plan-template__icon" />
            {busy === format ? t('export.downloading') : t(format === 'xlsx' ? 'export.excel' : 'export.csv')}
          </button>
        ))}
      </div>
      {failure ? (
        <p role="alert" className="plan-template__error">
          {t('export.failed', { message: tc(errorMessageKey(failure)) })}
        </p>
      ) : null}
    </section>
  );
}
