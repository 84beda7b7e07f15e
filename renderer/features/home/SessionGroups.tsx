import { useNavigate } from 'react-router';
import type { Session, SessionStatus } from '../../../shared/session/schema';
import { formatSessionWhen } from '../../format';

const GROUPS: { status: SessionStatus; heading: string; empty: string }[] = [
  { status: 'running', heading: 'Running', empty: 'No session is running.' },
  { status: 'draft', heading: 'Drafts', empty: 'No drafts. Create a session from a template above.' },
  { status: 'finished', heading: 'Finished', empty: 'No finished sessions yet.' },
];

interface SessionGroupsProps {
  sessions: readonly Session[];
  onDuplicate: (session: Session) => void;
  onSaveArchive: (sessionId: string) => void;
  onDelete: (session: Session) => void;
}

/** The home page's running, draft and finished sessions, each with what can be done to it. */
export function SessionGroups({ sessions, onDuplicate, onSaveArchive, onDelete }: SessionGroupsProps) {
  const navigate = useNavigate();
  return (
    <>
      {GROUPS.map((group) => {
          const list = sessions.filter((s) => s.status === group.status);
          return (
            <section key={group.status} aria-labelledby={`group-${group.status}`} className="panel">
              <h2 id={`group-${group.status}`}>
                {group.heading} <span className="count">({list.length})</span>
              </h2>
              {list.length === 0 ? (
                <p className="muted">{group.empty}</p>
              ) : (
                <ul className="session-list" aria-label={`${group.heading} sessions`}>
                  {list.map((s) => (
                    <li key={s.id} className="session-row">
                      <div>
                        <h3 className="session-title">{s.title}</h3>
                        <p className="muted">
                          {[s.campus, s.venue, formatSessionWhen(s)].filter(Boolean).join(' · ') || 'No campus or date yet'}
                        </p>
                      </div>
                      <div className="row-actions">
                        {s.status === 'running' ? (
                          <button type="button" className="primary" onClick={() => navigate(`/sessions/${s.id}/run`)} aria-label={`Resume ${s.title}${s.campus ? `, ${s.campus}` : ''}`}>
                            Resume
                          </button>
                        ) : null}
                        <button type="button" onClick={() => navigate(`/sessions/${s.id}/setup`)} aria-label={`Open ${s.title}${s.campus ? `, ${s.campus}` : ''}`}>
                          Open
                        </button>
                        <button type="button" onClick={() => navigate(`/sessions/${s.id}/outputs`)} aria-label={`Outputs of ${s.title}${s.campus ? `, ${s.campus}` : ''}`}>
                          Outputs
                        </button>
                        <button type="button" onClick={() => onDuplicate(s)} aria-label={`Duplicate ${s.title}${s.campus ? `, ${s.campus}` : ''}`}>
                          Duplicate
                        </button>
                        <button type="button" onClick={() => onSaveArchive(s.id)} aria-label={`Save archive of ${s.title}${s.campus ? `, ${s.campus}` : ''}`}>
                          Save archive
                        </button>
                        <button type="button" className="danger" onClick={() => onDelete(s)} aria-label={`Delete ${s.title}${s.campus ? `, ${s.campus}` : ''}`}>
                          Delete
                        </button>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
    </>
  );
}
