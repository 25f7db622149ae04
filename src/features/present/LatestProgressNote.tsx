/** The latest dated progress note of a direction of work (方向性工作), if any. */
import { formatDate } from '../../domain/format';
import type { ProgressNote } from '../../domain/model';
import { useLocalized } from '../../i18n/localized';

export function LatestProgressNote({ notes }: { notes: readonly ProgressNote[] }) {
  const { locale } = useLocalized();
  const latest = [...notes].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  if (!latest) return null;
  return (
    <p className="slide-work__note">
      {formatDate(latest.date, locale)}:{latest.text}
    </p>
  );
}
