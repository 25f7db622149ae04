/**
 * The drawing of the projects' timeline (recharts), loaded only when it reaches the screen: see
 * ProjectTimeline.tsx, which holds the panel, its caption, its table and the box this is drawn in.
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPeriod } from '../../domain/format';
import { periodOf } from '../../domain/period';
import { useLocalized } from '../../i18n/localized';
import { shortMonthName } from '../../lib/dateTimeFormat';
import { deadlineMonths, type TimelineMonth } from './timeline';

/** Bar colours with at least 3:1 contrast on white; the legend and the table name every series. */
const timelineColours = {
  starts: '#1d4ed8',
  production: '#b45309',
  completions: '#15803d',
  deadline: '#374151',
};
const chartHeightPx = 280;
const tickStyle = { fontSize: 14, fill: '#374151' };

export default function ProjectTimelineDrawing({
  months,
  year,
}: {
  months: readonly TimelineMonth[];
  year: number;
}) {
  const { t } = useTranslation('projects');
  const { locale } = useLocalized();
  const monthTick = (period: string) => shortMonthName(period, locale);
  // The table below the chart is its accessible alternative.
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={chartHeightPx}>
        <BarChart
          data={months}
          accessibilityLayer={false}
          margin={{ top: 28, right: 16, bottom: 4, left: 0 }}
        >
          <CartesianGrid stroke="#d1d5db" strokeDasharray="2 4" vertical={false} />
          <XAxis dataKey="period" tickFormatter={monthTick} tick={tickStyle} />
          <YAxis tick={tickStyle} allowDecimals={false} width={40} />
          <Tooltip
            labelFormatter={(period) => (typeof period === 'string' ? formatPeriod(period, locale) : '')}
          />
          <Legend wrapperStyle={{ fontSize: 14 }} />
          {deadlineMonths.map((deadline) => (
            <ReferenceLine
              key={deadline.key}
              x={periodOf(year, deadline.month)}
              stroke={timelineColours.deadline}
              strokeDasharray="6 4"
              label={{
                value: t(`timeline.deadlines.${deadline.key}`),
                position: 'top',
                fontSize: 12,
                fill: '#374151',
              }}
            />
          ))}
          <Bar
            dataKey="starts"
            name={t('timeline.starts')}
            fill={timelineColours.starts}
            isAnimationActive={false}
          />
          <Bar
            dataKey="production"
            name={t('timeline.production')}
            fill={timelineColours.production}
            isAnimationActive={false}
          />
          <Bar
            dataKey="completions"
            name={t('timeline.completions')}
            fill={timelineColours.completions}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
