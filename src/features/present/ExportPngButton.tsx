/** 导出图片: the chart beside it as a PNG with its title, as-of date, legend and source drawn in. */
import { ImageDown } from 'lucide-react';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob, renderChartPng, type ChartImage } from './exportChartPng';

interface ExportPngButtonProps {
  /** The element around the chart's SVG. */
  drawingRef: RefObject<HTMLElement | null>;
  image: Omit<ChartImage, 'svg'>;
  fileName: string;
  className?: string;
}

export function ExportPngButton({ drawingRef, image, fileName, className = 'button' }: ExportPngButtonProps) {
  const { t } = useTranslation('present');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function exportImage(): Promise<void> {
    const svg = drawingRef.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
    if (!svg) return;
    setBusy(true);
    setFailed(false);
    try {
      downloadBlob(await renderChartPng({ ...image, svg }), fileName);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className={className} onClick={() => void exportImage()} disabled={busy}>
        <ImageDown className="button__icon" aria-hidden="true" focusable="false" />
        {t('controls.exportPng')}
      </button>
      {failed ? (
        <span role="alert" className="export-failed">
          {t('export.failed')}
        </span>
      ) : null}
    </>
  );
}
