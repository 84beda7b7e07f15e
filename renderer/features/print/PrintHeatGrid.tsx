import type { MappingPhase } from '../../../shared/template/schema';
import { formatMean, gapRule, HEAT_BAND_WORDS, heatBand, plural } from '../../../shared/vocabulary';
import { findCell, type RoomMap } from '../../../shared/work/room-map';
import { MapGrid } from './MapGrid';
import { strengthScale } from './map-view';
import { PrintPattern } from './PrintPattern';

/**
 * The room's engagement map: in every cell the number of entries and units, the mean strength in
 * words and numbers, a pattern that darkens with strength, and "Gap" written out.
 */
export function PrintHeatGrid({ phase, map, caption }: { phase: MappingPhase; map: RoomMap; caption: string }) {
  const { strengths, maxLevel } = strengthScale(phase);
  const nearest = (mean: number) =>
    strengths.filter((s) => s.level > 0).reduce<(typeof strengths)[number] | null>((best, s) => (!best || Math.abs(s.level - mean) < Math.abs(best.level - mean) ? s : best), null);
  const rowTotal = (id: string) => map.rowTotals.find((t) => t.id === id);
  const columnTotal = (id: string) => map.columnTotals.find((t) => t.id === id);
  return (
    <>
      <div className="pr-legend">
        <p>
          <strong>Pattern by mean strength</strong> (levels {strengths.map((s) => `${s.level} ${s.label}`).join(', ')}):{' '}
          {(['low', 'mid', 'high'] as const).map((band) => (
            <span key={band} className="pr-legend-item">
              <span className={`pr-swatch pr-heat-${band}`} aria-hidden="true">
                <PrintPattern kind={`heat-${band}`} />
              </span> {HEAT_BAND_WORDS[band]}
            </span>
          ))}
        </p>
        <p>A cell marked <strong>Gap</strong> has {gapRule(phase)}.</p>
      </div>
      <MapGrid
        phase={phase}
        caption={caption}
        className="pr-heat"
        cellClassName={(row, column) => {
          const cell = findCell(map, column.id, row.id);
          return cell ? `pr-heat-${heatBand(cell.meanStrength, maxLevel)}` : '';
        }}
        cellPattern={(row, column) => {
          const cell = findCell(map, column.id, row.id);
          const band = cell ? heatBand(cell.meanStrength, maxLevel) : 'empty';
          return band === 'empty' ? null : `heat-${band}`;
        }}
        renderCell={(row, column) => {
          const cell = findCell(map, column.id, row.id);
          if (!cell) return null;
          const near = cell.meanStrength === null ? null : nearest(cell.meanStrength);
          return (
            <div className="pr-heat-box">
              <span className="pr-heat-count">{plural(cell.count, 'entry', 'entries')}</span>
              {cell.count > 0 ? <span>from {plural(cell.unitCount, 'unit')}</span> : null}
              {cell.meanStrength !== null ? (
                <span>
                  mean {formatMean(cell.meanStrength)}
                  {near ? ` (${near.label})` : ''}
                </span>
              ) : null}
              {cell.isGap ? <strong className="pr-heat-gap">Gap</strong> : null}
            </div>
          );
        }}
        totals={{
          label: 'Total',
          forRow: (row) => plural(rowTotal(row.id)?.count ?? 0, 'entry', 'entries'),
          forColumn: (column) => plural(columnTotal(column.id)?.count ?? 0, 'entry', 'entries'),
          all: plural(map.totalEntries, 'entry', 'entries'),
        }}
      />
    </>
  );
}
