import { useState } from 'react';
import { Link } from 'react-router';
import type { Session } from '../../../shared/session/schema';
import { campusName } from '../../../shared/vocabulary';
import { useRoadshows } from '../../data/roadshow-hooks';
import { NewRoadshowForm } from './NewRoadshowForm';

/** The home screen's roadshows: each with its campuses and a link to the comparison, and a form to start one. */
export function RoadshowsSection({ sessions }: { sessions: readonly Session[] }) {
  const roadshows = useRoadshows();
  const [status, setStatus] = useState<string | null>(null);
  if (roadshows === undefined) return null;
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return (
    <section aria-labelledby="roadshows-title" className="panel">
      <h2 id="roadshows-title">
        Roadshows <span className="count">({roadshows.length})</span>
      </h2>
      <p className="muted">A roadshow is the same workshop run at several campuses; open one to compare its campuses.</p>
      {status ? <p role="status">{status}</p> : null}
      {roadshows.length === 0 ? (
        <p className="muted">No roadshows yet.</p>
      ) : (
        <ul className="session-list" aria-label="Roadshows">
          {roadshows.map((r) => (
            <li key={r.id} className="session-row">
              <div>
                <h3 className="session-title">{r.name}</h3>
                <p className="muted">{r.sessionIds.map((id) => (byId.get(id) ? campusName(byId.get(id)!) : 'a session not on this computer')).join(' · ')}</p>
              </div>
              <div className="row-actions">
                <Link to={`/roadshows/${r.id}`} aria-label={`Compare ${r.name}`}>
                  Compare campuses
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
      <NewRoadshowForm sessions={sessions} roadshows={roadshows} onCreated={(r) => setStatus(`Created the roadshow "${r.name}" with ${r.sessionIds.length} ${r.sessionIds.length === 1 ? 'session' : 'sessions'}.`)} />
    </section>
  );
}
