import { memo } from 'react';
import type { MappingPhase } from '../../../shared/template/schema';
import { formatMean, gapRule, heatBand, pluralNoun, topLevel } from '../../../shared/vocabulary';
import { describeCell, type RoomCell } from '../../../shared/work/room-map';
import { ColumnHeads } from '../../components/ColumnHeads';

export type HeatAxes = Pick<MappingPhase, 'columns' | 'rows' | 'strengths' | 'gapBelowLevel'>;
export type HeatCell = Pick<RoomCell, 'rowId' | 'columnId' | 'count' | 'unitCount' | 'meanStrength' | 'isGap'>;

interface Props {
  axes: HeatAxes;
  /** Row-major, as aggregateRoomMap gives them. */
  cells: ReadonlyArray<ReadonlyArray<HeatCell>>;
  caption: string;
  variant: 'console' | 'projector';
  selected?: { columnId: string; rowId: string } | null;
  /** Console only: a cell becomes a button that lists the entries behind it. */
  onSelect?: (cell: HeatCell) => void;
}

/**
 * The room's map as a heat grid on the console and the projector: count and mean strength per
 * cell; the shade is the heat band the printed report uses too.
 * Gaps carry a hatch, a word and a symbol, never colour alone.
 */
export function RoomHeatGrid({ axes, cells, caption, variant, selected, onSelect }: Props) {
  return (
    <div className={`heat-wrap heat-${variant}`}>
      <table className="heat-grid">
        <caption>{caption}</caption>
        <ColumnHeads corner labels={axes.columns.map((c) => c.label)} />
        <tbody>
          {axes.rows.map((row, r) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {axes.columns.map((column, c) => {
                const cell = cells[r]?.[c];
                if (!cell) return <td key={column.id} />;
                return (
                  <HeatCellView
                    key={column.id}
                    axes={axes}
                    cell={cell}
                    selected={selected?.columnId === column.id && selected.rowId === row.id}
                    onSelect={onSelect}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <HeatLegend axes={axes} />
    </div>
  );
}

const HeatCellView = memo(
  function HeatCellView({ axes, cell, selected, onSelect }: { axes: HeatAxes; cell: HeatCell; selected: boolean; onSelect?: (cell: HeatCell) => void }) {
    const band = heatBand(cell.meanStrength, topLevel(axes.strengths));
    const body = (
      <>
        <span className="heat-count">{cell.count}</span>{' '}
        <span className="heat-detail">{pluralNoun(cell.count, 'entry', 'entries')}</span>{' '}
        <span className="heat-detail">mean {formatMean(cell.meanStrength)}</span>{' '}
        {cell.isGap ? (
          <span className="gap-mark">
            <span aria-hidden="true">⚠ </span>Gap
          </span>
        ) : null}
      </>
    );
    const className = `heat-cell heat-${band}${cell.isGap ? ' is-gap' : ''}${selected ? ' selected' : ''}`;
    return (
      <td className={className} data-testid={`heat-${cell.columnId}-${cell.rowId}`}>
        {onSelect ? (
          <button type="button" className="heat-button" aria-pressed={selected} aria-label={`${describeCell(axes, cell)}. Show the entries`} onClick={() => onSelect(cell)}>
            {body}
          </button>
        ) : (
          <div className="heat-body">{body}</div>
        )}
      </td>
    );
  },
  (a, b) =>
    a.axes === b.axes &&
    a.selected === b.selected &&
    a.onSelect === b.onSelect &&
    a.cell.count === b.cell.count &&
    a.cell.meanStrength === b.cell.meanStrength &&
    a.cell.isGap === b.cell.isGap &&
    a.cell.unitCount === b.cell.unitCount &&
    a.cell.columnId === b.cell.columnId &&
    a.cell.rowId === b.cell.rowId,
);

function HeatLegend({ axes }: { axes: HeatAxes }) {
  const levels = [...axes.strengths].sort((a, b) => a.level - b.level);
  const none = levels.find((s) => s.level === 0);
  return (
    <div className="heat-legend">
      <p>
        <strong>Strength:</strong> {levels.map((s) => `${s.level} ${s.label}`).join(' · ')}. Darker means stronger on average.
        {none ? ` “${none.label}” entries are counted but left out of the mean.` : ''}
      </p>
      <p>
        <span className="legend-gap" aria-hidden="true">
          ⚠ Gap
        </span>{' '}
        marks a cell with {gapRule(axes)}.
      </p>
    </div>
  );
}
