import type { RoadshowComparison } from '../../../shared/roadshow/compare';
import { cellName, NO_DATA } from '../../../shared/vocabulary';
import { RoomHeatGrid } from '../work/RoomHeatGrid';

interface Props {
  map: NonNullable<RoadshowComparison['map']>;
}

/** Small multiples of the engagement map, one per campus on the same strength scale, the combined map, shared gaps and odd cells. */
export function MapComparisonView({ map }: Props) {
  const { phase } = map;
  return (
    <section aria-labelledby="rs-map" className="panel roadshow-section">
      <h2 id="rs-map">Engagement map</h2>
      <p className="muted">Every map is shaded on the same scale (strength 0 to {map.topLevel}).</p>
      <div className="roadshow-multiples">
        {map.campuses.map((c) =>
          c.value ? (
            <RoomHeatGrid key={c.sessionId} axes={phase} cells={c.value.cells} caption={`${c.campus}: ${c.value.totalEntries} entries`} variant="console" />
          ) : (
            <p key={c.sessionId}>
              {c.campus}: {NO_DATA} (nothing was placed on the map).
            </p>
          ),
        )}
      </div>
      <RoomHeatGrid axes={phase} cells={map.combined.cells} caption={`All campuses: ${map.combined.totalEntries} entries`} variant="console" />
      <h3>Gaps shared by most campuses</h3>
      {map.sharedGaps.length === 0 ? (
        <p>No gap is shared by most campuses.</p>
      ) : (
        <ul aria-label="Gaps shared by most campuses">
          {map.sharedGaps.map((g) => (
            <li key={`${g.columnId}/${g.rowId}`}>
              {cellName(phase, g.columnId, g.rowId)}: a gap at {g.campuses.length} of {g.ofCampuses} campuses ({g.campuses.map((c) => c.campus).join(', ')})
            </li>
          ))}
        </ul>
      )}
      <h3>Where one campus differs from the rest</h3>
      {map.oddCells.length === 0 ? (
        <p>{map.campuses.filter((c) => c.value).length < 3 ? `${NO_DATA}: needs maps from three campuses.` : 'No campus differs alone.'}</p>
      ) : (
        <ul aria-label="Where one campus differs from the rest">
          {map.oddCells.map((o) => (
            <li key={`${o.columnId}/${o.rowId}`}>
              {cellName(phase, o.columnId, o.rowId)}: {o.isGap ? `a gap only at ${o.campus.campus}` : `engaged only at ${o.campus.campus}, a gap at the others`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
