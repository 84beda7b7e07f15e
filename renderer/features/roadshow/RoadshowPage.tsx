import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { compareRoadshow } from '../../../shared/roadshow/compare';
import { useRoadshowCampuses } from '../../data/roadshow-hooks';
import { RoadshowSections } from './RoadshowSections';
import { RoadshowAnonymisedButton } from './RoadshowAnonymisedButton';
import { RoadshowCsvButton } from './RoadshowCsvButton';
import { RoadshowMembersPanel } from './RoadshowMembersPanel';
import { RoadshowProjectorButton } from './RoadshowProjectorButton';
import { RoadshowReportButtons } from './RoadshowReportButtons';
import './roadshow.css';

/** The comparison of a roadshow's campuses, side by side and combined; every campus heading links its session. */
export function RoadshowPage() {
  const { roadshowId } = useParams();
  const data = useRoadshowCampuses(roadshowId);
  const opened = (useLocation().state as { opened?: unknown } | null)?.opened;
  const comparison = useMemo(() => (data ? compareRoadshow(data.campuses, data.readAt) : null), [data]);
  if (data === undefined) return <p className="page">Loading the roadshow…</p>;
  if (data === null || comparison === null) {
    return (
      <main className="page">
        <h1>Roadshow not found</h1>
        <p>
          This roadshow is not on this computer. <Link to="/">Back to sessions</Link>
        </p>
      </main>
    );
  }
  const missing = data.roadshow.sessionIds.length - data.campuses.length;
  return (
    <main className="page" aria-labelledby="roadshow-title">
      <div className="page-heading">
        <h1 id="roadshow-title">{data.roadshow.name}: campuses compared</h1>
        <div className="row-actions">
          <Link to={`/print-roadshow/${data.roadshow.id}?paper=a4`}>Roadshow report (A4)</Link>
          <Link to={`/print-roadshow/${data.roadshow.id}?paper=letter`}>Roadshow report (US Letter)</Link>
          <RoadshowReportButtons roadshowId={data.roadshow.id} roadshowName={data.roadshow.name} />
          <RoadshowProjectorButton roadshowId={data.roadshow.id} />
          <RoadshowCsvButton campuses={data.campuses} roadshowName={data.roadshow.name} readAt={data.readAt} />
          <RoadshowAnonymisedButton roadshowId={data.roadshow.id} />
          <Link to="/">Back to sessions</Link>
        </div>
      </div>
      {typeof opened === 'string' ? (
        <p role="status" className="notice">
          {opened}
        </p>
      ) : null}
      <p>
        {data.campuses.length} {data.campuses.length === 1 ? 'session' : 'sessions'}:{' '}
        {data.campuses.map((c, i) => (
          <span key={c.session.id}>
            {i > 0 ? ', ' : ''}
            <Link to={`/sessions/${c.session.id}/outputs`}>
              {c.session.campus || c.session.title}
              {c.session.date ? ` (${c.session.date})` : ''}
            </Link>
            {c.session.facilitators.length > 0 ? ` with ${c.session.facilitators.join(', ')}` : ''}
          </span>
        ))}
        .{missing > 0 ? ` ${missing} more ${missing === 1 ? 'session is' : 'sessions are'} in this roadshow but not on this computer.` : ''}
      </p>
      <RoadshowSections comparison={comparison} linked />
      <RoadshowMembersPanel roadshow={data.roadshow} />
    </main>
  );
}
