/**
 * 打印/导出PDF: the browser's print dialog for the page as shown ("Save as PDF" makes the PDF), with
 * every chart drawn first.
 */
import { Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { printWithCharts } from '../../lib/chart/drawEveryChart';
import { useHydrated } from '../../lib/useHydrated';

export function PrintButton() {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="button button--small"
      disabled={!hydrated}
      onClick={() => void printWithCharts()}
    >
      <Printer className="button__icon" aria-hidden="true" focusable="false" />
      {t('print')}
    </button>
  );
}
