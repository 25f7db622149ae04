/** Nothing to show yet, and what would make something appear. */
import { Inbox } from 'lucide-react';

interface EmptyStateProps {
  title: string;
  hint?: string;
}

export function EmptyState({ title, hint }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <Inbox className="empty-state__icon" aria-hidden="true" focusable="false" />
      <p className="empty-state__title">{title}</p>
      {hint ? <p className="empty-state__hint">{hint}</p> : null}
    </div>
  );
}
