/** One column header: plain words, or with a class (a narrow number column) or words for screen readers only. */
export type ColumnHead = string | { label: string; className?: string; screenReaderOnly?: boolean };

/**
 * A table's header row, one header per label, in order. `false`/`null` leaves out a column that
 * shows only in some modes; `corner` puts an empty cell first, above a grid's row headers.
 */
export function ColumnHeads({
  labels,
  corner,
  widths,
}: {
  labels: readonly (ColumnHead | false | null)[];
  corner?: true | string;
  /** Fixed widths of the shown columns, in order (a printed table that must line up across pages). */
  widths?: readonly string[];
}) {
  const shown = labels.filter((head): head is ColumnHead => head !== false && head !== null);
  return (
    <thead>
      <tr>
        {corner ? <td className={corner === true ? undefined : corner} /> : null}
        {shown.map((head, index) => {
          const { label, className, screenReaderOnly } = typeof head === 'string' ? { label: head } : head;
          const width = widths?.[index];
          return (
            <th key={index} scope="col" className={className} style={width ? { width } : undefined}>
              {screenReaderOnly ? <span className="sr-only">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** The narrow "#" column of a printed table. */
export const NUMBER_HEAD: ColumnHead = { label: '#', className: 'pr-num' };
