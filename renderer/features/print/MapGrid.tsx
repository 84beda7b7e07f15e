import type { ReactNode } from 'react';
import type { Labelled, MappingPhase } from '../../../shared/template/schema';
import { isTransposed } from './map-view';
import { PrintPattern } from './PrintPattern';
import type { PrintPatternKind } from './print-patterns';
import { ColumnHeads } from '../../components/ColumnHeads';

interface MapGridProps {
  phase: MappingPhase;
  caption: ReactNode;
  /** The content of the cell for one map row (e.g. a lifecycle stage) and one map column. */
  renderCell: (row: Labelled, column: Labelled) => ReactNode;
  cellClassName?: (row: Labelled, column: Labelled) => string;
  /** A vector pattern behind the cell's content (always beside words that say the same). */
  cellPattern?: (row: Labelled, column: Labelled) => PrintPatternKind | null;
  /** An extra last column and row (e.g. totals); `label` heads them. */
  totals?: { label: string; forRow: (row: Labelled) => ReactNode; forColumn: (column: Labelled) => ReactNode; all: ReactNode };
  className?: string;
}

/**
 * The engagement map as a table with the template's own axis labels. A wide map (more columns than
 * fit across a portrait page) is drawn turned: the template's columns run down the side.
 */
export function MapGrid({ phase, caption, renderCell, cellClassName, cellPattern, totals, className = '' }: MapGridProps) {
  const turned = isTransposed(phase);
  const across = turned ? phase.rows : phase.columns;
  const down = turned ? phase.columns : phase.rows;
  const cell = (a: Labelled, d: Labelled) => (turned ? { row: a, column: d } : { row: d, column: a });
  return (
    <table className={`pr-map ${turned ? 'pr-map-turned' : ''} ${className}`}>
      <caption>{caption}</caption>
      <colgroup>
        <col className="pr-map-head-col" />
        {across.map((a) => (
          <col key={a.id} />
        ))}
        {totals ? <col className="pr-map-total-col" /> : null}
      </colgroup>
      <ColumnHeads corner="pr-map-corner" labels={[...across.map((a) => a.label), totals ? totals.label : null]} />
      <tbody>
        {down.map((d) => (
          <tr key={d.id}>
            <th scope="row">{d.label}</th>
            {across.map((a) => {
              const { row, column } = cell(a, d);
              const pattern = cellPattern?.(row, column) ?? null;
              const classes = [cellClassName?.(row, column) ?? '', pattern ? 'pr-patterned' : ''].filter(Boolean).join(' ');
              return (
                <td key={a.id} className={classes}>
                  {pattern ? <PrintPattern kind={pattern} /> : null}
                  {renderCell(row, column)}
                </td>
              );
            })}
            {totals ? <td className="pr-map-total">{turned ? totals.forColumn(d) : totals.forRow(d)}</td> : null}
          </tr>
        ))}
        {totals ? (
          <tr className="pr-map-total-row">
            <th scope="row">{totals.label}</th>
            {across.map((a) => (
              <td key={a.id} className="pr-map-total">
                {turned ? totals.forRow(a) : totals.forColumn(a)}
              </td>
            ))}
            <td className="pr-map-total">{totals.all}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
