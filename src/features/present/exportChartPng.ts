/**
 * A chart as a PNG that stands on its own: the recharts SVG serialised and drawn on a canvas
 * under its title, as-of date and status word, with the 示例数据 mark when any figure is demo data,
 * and its legend and source drawn in below, then downloaded.
 */
import type { LegendItem } from './useChartLegend';

export interface ChartImage {
  svg: SVGSVGElement;
  title: string;
  /** e.g. 截至2024年10月. */
  asOf: string;
  /** e.g. 数据来源:区统计局. */
  source: string;
  legend: readonly LegendItem[];
  /** The status in words (滞后), never left to the line's colour. */
  status: string;
  /** 示例数据 when any figure drawn is demo data; null otherwise. */
  demoMark: string | null;
}

const fontFamily = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const scale = 2;
const padding = 40;
const titlePx = 36;
const textPx = 24;
const lineGap = 14;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = url;
  });
}

/** The SVG as a standalone document: explicit size, white ground, the page's font. */
function standaloneSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 800;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 400;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('style', `font-family: ${fontFamily}; background: #ffffff`);
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

function drawLegend(context: CanvasRenderingContext2D, legend: readonly LegendItem[], top: number): void {
  let x = padding;
  const y = top + textPx / 2;
  context.font = `${textPx}px ${fontFamily}`;
  context.textBaseline = 'middle';
  for (const item of legend) {
    context.strokeStyle = item.colour;
    context.lineWidth = item.widthPx;
    context.setLineDash(item.dash ? item.dash.split(' ').map(Number) : []);
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + 56, y);
    context.stroke();
    context.setLineDash([]);
    context.fillStyle = '#111827';
    context.fillText(item.label, x + 68, y);
    x += 68 + context.measureText(item.label).width + 40;
  }
}

/** The demo mark in the top right corner, in the colours of the page's 示例数据 badge. */
function drawDemoMark(context: CanvasRenderingContext2D, mark: string, width: number): void {
  context.font = `700 ${textPx}px ${fontFamily}`;
  const markWidth = context.measureText(mark).width + 32;
  const x = width - padding - markWidth;
  context.fillStyle = '#ffedd5';
  context.strokeStyle = '#c2410c';
  context.lineWidth = 3;
  context.beginPath();
  context.roundRect(x, padding, markWidth, textPx + 16, (textPx + 16) / 2);
  context.fill();
  context.stroke();
  context.fillStyle = '#7c2d12';
  context.textBaseline = 'middle';
  context.fillText(mark, x + 16, padding + (textPx + 16) / 2);
  context.textBaseline = 'top';
}

export async function renderChartPng(image: ChartImage): Promise<Blob> {
  const { markup, width: chartWidth, height: chartHeight } = standaloneSvg(image.svg);
  const drawing = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);

  const headerHeight = padding + titlePx + lineGap + textPx + lineGap * 2;
  const legendTop = headerHeight + chartHeight + lineGap;
  const footerTop = legendTop + textPx + lineGap * 2;
  const width = Math.max(chartWidth + padding * 2, 960);
  const height = footerTop + textPx + padding;

  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);

  context.fillStyle = '#111827';
  context.textBaseline = 'top';
  context.font = `700 ${titlePx}px ${fontFamily}`;
  context.fillText(image.title, padding, padding);
  context.font = `${textPx}px ${fontFamily}`;
  context.fillStyle = '#374151';
  context.fillText(`${image.asOf} · ${image.status}`, padding, padding + titlePx + lineGap);
  if (image.demoMark) drawDemoMark(context, image.demoMark, width);

  context.drawImage(drawing, padding, headerHeight, chartWidth, chartHeight);
  drawLegend(context, image.legend, legendTop);

  context.textBaseline = 'top';
  context.font = `${textPx}px ${fontFamily}`;
  context.fillStyle = '#374151';
  context.fillText(image.source, padding, footerTop);

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('no PNG from the canvas'))),
      'image/png',
    ),
  );
}

/** Offers the blob as a download named `fileName`.png. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName.replace(/[\\/:*?"<>|\s]+/g, '-')}.png`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
