// The back office's lists: a GET filter bar (works without JavaScript, and the address can be shared)
// and a plain table with a caption for screen readers and scoped column headers.
import type { ReactNode } from 'react';

// A table whose rows are given as children (each row's first cell a <th scope="row">). A table wider
// than the page scrolls inside its own region (focusable, so keyboards can scroll it), never the page.
export function DataTable({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

// A region that scrolls sideways on its own when what it holds (a wide table) is wider than the page.
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

// A search landmark of filters, sent as a GET so the filtered list has its own address.
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form method="get" className="filters" role="search" aria-label={label}>
      {children}
      <button type="submit" className="button">
        Filter
      </button>
    </form>
  );
}

type Common = { name: string; label: string; defaultValue: string; hint?: string };

// A text, search or date filter.
export function TextFilter({
  name,
  label,
  defaultValue,
  hint,
  type = 'search',
}: Common & { type?: 'search' | 'date' }) {
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

// A choice filter; the first option ("Any") clears it.
export function SelectFilter({
  name,
  label,
  defaultValue,
  options,
  any = 'Any',
}: Common & { options: readonly { value: string; label: string }[]; any?: string }) {
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
