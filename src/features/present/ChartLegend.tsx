/** The legend of a slide chart: a sample of each line with its name. */
import type { LegendItem } from './useChartLegend';

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label} className="chart-legend__item">
          <svg className="chart-legend__sample" viewBox="0 0 48 12" width="48" height="12" focusable="false">
            <line
              x1="0"
              y1="6"
              x2="48"
              y2="6"
              stroke={item.colour}
              strokeWidth={item.widthPx}
              strokeDasharray={item.dash ?? undefined}
            />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
