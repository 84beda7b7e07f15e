import './work.css';
import { RoomHeatGrid, type HeatAxes, type HeatCell } from './RoomHeatGrid';
import { plural } from '../../../shared/vocabulary';

export interface ProjectorRoomMapProps {
  /** The mapping phase, or the axes carried by the projector snapshot (`snapshot.roomMap`). */
  phase: HeatAxes;
  /** aggregateRoomMap's output, or `snapshot.roomMap`: counts only, never who made an entry. */
  map: { cells: ReadonlyArray<ReadonlyArray<HeatCell>>; totalEntries: number; unitsWithEntries: number };
  title?: string;
}

/**
 * The room's combined map for the projector: gaps marked in words and hatching, no unit names.
 * Its sizes are in em, so the projector's fitting scales it with the rest of the slide.
 */
export function ProjectorRoomMap({ phase, map, title = 'Our combined map' }: ProjectorRoomMapProps) {
  return (
    <section className="projector-room-map" aria-label={title}>
      <RoomHeatGrid axes={phase} cells={map.cells} caption={title} variant="projector" />
      <p className="projector-room-total">
        {plural(map.totalEntries, 'entry', 'entries')} from {plural(map.unitsWithEntries, 'unit')}
      </p>
    </section>
  );
}
