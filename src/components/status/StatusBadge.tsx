/**
 * A status as officials read it: a coloured light, an icon and the status word together.
 * Judged statuses (qualitative targets such as 量稳质升) say so: 符合序时进度(研判).
 */
import type { Status } from '../../domain/evaluation';
import { lightOf } from '../../domain/status';
import { fixedT } from '../../i18n/fixedT';
import { useLocale } from '../../stores/locale';
import { statusIcon } from './statusVisuals';

interface StatusBadgeProps {
  status: Status;
  /** The status is what people judged, not what was computed. */
  judged?: boolean;
  size?: 'regular' | 'large';
  /** Where the figure stands against what the target is (在目标区间内, 低于全省0.3个百分点), after the word. */
  position?: string | null;
}

export function StatusBadge({ status, judged = false, size = 'regular', position = null }: StatusBadgeProps) {
  const t = fixedT(useLocale(), 'common');
  const Icon = statusIcon[status];
  const classes = [
    'status-badge',
    `status-badge--${lightOf(status)}`,
    judged ? 'status-badge--judged' : '',
    size === 'large' ? 'status-badge--large' : '',
  ];
  return (
    <span className={classes.filter(Boolean).join(' ')} data-status={status}>
      <span className="status-badge__light" aria-hidden="true" />
      <Icon className="status-badge__icon" aria-hidden="true" focusable="false" />
      <span className="status-badge__word">
        {t(`status.${status}`)}
        {judged ? t('judged') : null}
      </span>
      {position ? <span className="status-badge__position">{position}</span> : null}
    </span>
  );
}
