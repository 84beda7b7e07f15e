import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { compareRoadshow } from '../../../shared/roadshow/compare';
import { useRoadshowCampuses } from '../../data/roadshow-hooks';
import { RoadshowSections } from './RoadshowSections';
import './roadshow.css';

/**
 * The comparison for a network meeting's screen: campuses, counts, shares, themes and channels only;
 * no facilitators, delegates, emails or notes, and no links into the sessions.
 */
export function RoadshowProjectorPage() {
  const { roadshowId } = useParams();
  const data = useRoadshowCampuses(roadshowId);
  const comparison = useMemo(() => (data ? compareRoadshow(data.campuses, data.readAt) : null), [data]);
  if (data === undefined) return <p>Loading the roadshow…</p>;
  if (data === null || comparison === null) return <p role="alert">This roadshow is not on this computer.</p>;
  return (
    <main className="roadshow-projector" aria-labelledby="roadshow-projector-title">
      <h1 id="roadshow-projector-title">{data.roadshow.name}: campuses compared</h1>
      <RoadshowSections comparison={comparison} linked={false} />
      <p className="roadshow-projector-back">
        <Link to={`/roadshows/${data.roadshow.id}`}>Back to the comparison</Link>
      </p>
    </main>
  );
}
