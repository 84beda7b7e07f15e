import { useState, type FormEvent } from 'react';
import type { Roadshow } from '../../../shared/roadshow/schema';
import type { Session } from '../../../shared/session/schema';
import { campusName } from '../../../shared/vocabulary';
import { ConflictError, ValidationError } from '../../data/errors';
import { useSessions } from '../../data/hooks';
import { useRoadshowWriter } from '../../data/roadshow-hooks';
import { formatSessionWhen } from '../../format';
import { RoadshowArchiveButtons } from './RoadshowArchiveButtons';

type Notice = { tone: 'info' | 'error'; text: string } | null;

const describe = (s: Session) => `${campusName(s)} · ${s.title}${formatSessionWhen(s) ? ` · ${formatSessionWhen(s)}` : ''}`;

function errorText(e: unknown): string {
  if (e instanceof ValidationError) return `Roadshow name: ${Object.values(e.fieldErrors).join(' ')}`;
  if (e instanceof ConflictError) return e.message;
  return e instanceof Error ? e.message : String(e);
}

/** Renaming a roadshow, adding a session (on this computer or from an archive file), taking one out, and the roadshow archive. */
export function RoadshowMembersPanel({ roadshow }: { roadshow: Roadshow }) {
  const writer = useRoadshowWriter();
  const sessions = useSessions() ?? [];
  const [name, setName] = useState(roadshow.name);
  const [adding, setAdding] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const members = sessions.filter((s) => roadshow.sessionIds.includes(s.id));
  const others = sessions.filter((s) => !roadshow.sessionIds.includes(s.id));

  const run = async (action: () => Promise<unknown>, done: string) => {
    setNotice(null);
    try {
      await action();
      setNotice({ tone: 'info', text: done });
      return true;
    } catch (e) {
      setNotice({ tone: 'error', text: errorText(e) });
      return false;
    }
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    void run(() => writer.rename(roadshow.id, name), `Renamed the roadshow to "${name.trim()}".`);
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const session = others.find((s) => s.id === adding);
    if (!session) return;
    void run(() => writer.add(roadshow.id, session.id), `Added ${campusName(session)} to the roadshow.`).then((ok) => ok && setAdding(''));
  };

  return (
    <section aria-labelledby="roadshow-members-title" className="panel roadshow-members">
      <h2 id="roadshow-members-title">Sessions in this roadshow</h2>
      {notice ? (
        <p role={notice.tone === 'error' ? 'alert' : 'status'} className={notice.tone === 'error' ? 'notice-error' : 'notice'} style={{ whiteSpace: 'pre-line' }}>
          {notice.text}
        </p>
      ) : null}
      <ul aria-label="Sessions in this roadshow">
        {members.map((s) => (
          <li key={s.id}>
            {describe(s)}{' '}
            <button type="button" aria-label={`Remove ${campusName(s)} from the roadshow`} onClick={() => void run(() => writer.remove(s.id), `Took ${campusName(s)} out of the roadshow; the session itself is kept.`)}>
              Remove from roadshow
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} aria-label="Add a session to the roadshow" className="roadshow-inline-form">
        <label>
          Session to add
          <select value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">Choose a session on this computer</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {describe(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={!adding}>
          Add to roadshow
        </button>
      </form>
      <form onSubmit={rename} aria-label="Rename the roadshow" className="roadshow-inline-form">
        <label>
          Roadshow name
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
        </label>
        <button type="submit">Rename</button>
      </form>
      <RoadshowArchiveButtons roadshow={roadshow} templateTitle={members[0]?.template.title ?? 'another template'} onNotice={setNotice} />
    </section>
  );
}
