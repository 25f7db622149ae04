/**
 * A link that narrows the indicator table to one central task or action, keeping the rest of
 * the view (as-of period, other filters), and moves to the table.
 */
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { filterParam, type FilterName } from './overviewFilters';

export const indicatorSectionId = 'indicators';

interface FilterLinkProps {
  filter: FilterName;
  value: string;
  className?: string;
  title?: string;
  /** The view is already narrowed to this value. */
  current?: boolean;
  children: ReactNode;
}

function moveToIndicatorSection(): void {
  const section = document.getElementById(indicatorSectionId);
  section?.focus({ preventScroll: true });
  section?.scrollIntoView?.({ block: 'start' });
}

export function FilterLink({ filter, value, className, title, current = false, children }: FilterLinkProps) {
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.set(filterParam[filter], value);
  return (
    <Link
      to={{ search: `?${next.toString()}` }}
      className={className}
      title={title}
      aria-current={current ? 'true' : undefined}
      onClick={moveToIndicatorSection}
    >
      {children}
    </Link>
  );
}
