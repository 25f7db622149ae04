/** The light and icon of a status without its word, for places that print the word beside it. */
import type { Status } from '../../domain/evaluation';
import { lightOf } from '../../domain/status';
import { statusIcon } from './statusVisuals';

export function StatusMark({ status }: { status: Status }) {
  const Icon = statusIcon[status];
  return (
    <span className={`status-mark status-mark--${lightOf(status)}`} aria-hidden="true">
      <span className="status-mark__light" />
      <Icon className="status-mark__icon" focusable="false" />
    </span>
  );
}
