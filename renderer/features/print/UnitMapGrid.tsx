import { frequencyLabel, strengthLabel } from '../../../shared/work/map-entry-input';
import { findCell } from '../../../shared/work/room-map';
import { MapGrid } from './MapGrid';
import { strengthScale, type MapView } from './map-view';
import { gapRule } from '../../../shared/vocabulary';
import { StrengthMeter } from './StrengthMeter';
import { PrintPattern } from './PrintPattern';

/** The strength scale in words and squares, and what a hatched cell means. */
export function StrengthLegend({ view }: { view: Pick<MapView, 'phase'> }) {
  const { strengths, maxLevel } = strengthScale(view.phase);
  return (
    <div className="pr-legend">
      <p>
        <strong>Strength:</strong>{' '}
        {strengths.map((s, i) => (
          <span key={s.id} className="pr-legend-item">
            <StrengthMeter level={s.level} max={maxLevel} /> {s.label}
            {i < strengths.length - 1 ? ' ·' : ''}
          </span>
        ))}
      </p>
      <p>
        <span className="pr-swatch pr-cell-gap" aria-hidden="true">
          <PrintPattern kind="gap" />
        </span> A hatched cell marked <strong>Gap</strong> has {gapRule(view.phase)}.
      </p>
    </div>
  );
}

/** One unit's map: every entry in its cell with its strength, partner and frequency; gaps in words. */
export function UnitMapGrid({ view, caption }: { view: MapView; caption: string }) {
  const { phase, map } = view;
  const { maxLevel } = strengthScale(phase);
  const levelOf = (strengthId: string) => phase.strengths.find((s) => s.id === strengthId)?.level ?? 0;
  return (
    <>
      <StrengthLegend view={view} />
      <MapGrid
        phase={phase}
        caption={caption}
        cellClassName={(row, column) => (findCell(map, column.id, row.id)?.isGap ? 'pr-cell-gap' : '')}
        cellPattern={(row, column) => (findCell(map, column.id, row.id)?.isGap ? 'gap' : null)}
        renderCell={(row, column) => {
          const entries = view.entriesIn(column.id, row.id);
          const isGap = findCell(map, column.id, row.id)?.isGap ?? true;
          return (
            <>
              {isGap ? <p className="pr-gap-label">Gap{entries.length === 0 ? ': no entries' : `: ${gapRule(phase)}`}</p> : null}
              {entries.length > 0 ? (
                <ul className="pr-entries">
                  {entries.map((entry) => {
                    const frequency = frequencyLabel(phase, entry.frequencyId);
                    return (
                      <li key={entry.id} className="pr-entry">
                        <span className="pr-entry-what">{entry.what}</span>
                        <span className="pr-entry-line">
                          <StrengthMeter level={levelOf(entry.strengthId)} max={maxLevel} />{' '}
                          {strengthLabel(phase, entry.strengthId) || 'Strength not known'}
                          {frequency ? ` · ${frequency}` : ''}
                        </span>
                        {entry.partner ? (
                          <span className="pr-entry-line">
                            {phase.partnerLabel}: {entry.partner}
                          </span>
                        ) : null}
                        {entry.livedExperience === 'yes' ? <span className="pr-entry-line">Students with lived experience take part</span> : null}
                        {entry.note ? <span className="pr-entry-line pr-muted">Note: {entry.note}</span> : null}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </>
          );
        }}
      />
    </>
  );
}
