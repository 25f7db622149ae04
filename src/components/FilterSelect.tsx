/**
 * A labelled field of a filter bar, and the common case of one: a select whose first option,
 * "all", clears the filter. Used by the overview's indicator table and the project list.
 */
import { useId, type ReactNode } from 'react';

/** The label and whatever control `children` draws with the id it is given. */
export function FilterField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="filters__field">
      <label htmlFor={id} className="filters__label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

interface FilterSelectProps<Name extends string> {
  name: Name;
  label: string;
  value: string | null | undefined;
  /** The first option's text (全部): choosing it clears the filter. */
  allLabel: string;
  /** Called with null when "all" is chosen. */
  onChange: (name: Name, value: string | null) => void;
  children: ReactNode;
}

export function FilterSelect<Name extends string>({
  name,
  label,
  value,
  allLabel,
  onChange,
  children,
}: FilterSelectProps<Name>) {
  return (
    <FilterField label={label}>
      {(id) => (
        <select
          id={id}
          className="select"
          value={value ?? ''}
          onChange={(event) => onChange(name, event.target.value || null)}
        >
          <option value="">{allLabel}</option>
          {children}
        </select>
      )}
    </FilterField>
  );
}
