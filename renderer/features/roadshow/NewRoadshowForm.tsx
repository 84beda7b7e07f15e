import { useState, type FormEvent } from 'react';
import type { Roadshow } from '../../../shared/roadshow/schema';
import type { Session } from '../../../shared/session/schema';
import { campusName } from '../../../shared/vocabulary';
import { useRoadshowWriter } from '../../data/roadshow-hooks';
import { ConflictError, ValidationError } from '../../data/errors';
import { formatSessionWhen } from '../../format';

interface Props {
  sessions: readonly Session[];
  roadshows: readonly Roadshow[];
  onCreated: (roadshow: Roadshow) => void;
}

/** Names a roadshow and picks its sessions; a refusal says why in plain words and keeps the picks. */
export function NewRoadshowForm({ sessions, roadshows, onCreated }: Props) {
  const writer = useRoadshowWriter();
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const inRoadshow = new Map(roadshows.flatMap((r) => r.sessionIds.map((id) => [id, r.name] as const)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const roadshow = await writer.create(name, picked);
      setName('');
      setPicked([]);
      onCreated(roadshow);
    } catch (e) {
      if (e instanceof ValidationError) setError(`Roadshow name: ${Object.values(e.fieldErrors).join(' ')}`);
      else if (e instanceof ConflictError) setError(e.message);
      else throw e;
    }
  };

  const toggle = (id: string, on: boolean) => setPicked((list) => (on ? [...list, id] : list.filter((x) => x !== id)));

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="new-roadshow-title" className="roadshow-form">
      <h3 id="new-roadshow-title">New roadshow</h3>
      <label>
        Roadshow name
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
      </label>
      <fieldset>
        <legend>Sessions in the roadshow (one per campus, all of the same template)</legend>
        {sessions.length === 0 ? <p className="muted">No sessions yet.</p> : null}
        {sessions.map((s) => {
          const already = inRoadshow.get(s.id);
          return (
            <label key={s.id} className="check-row">
              <input type="checkbox" checked={picked.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              {campusName(s)} · {s.title}
              {formatSessionWhen(s) ? ` · ${formatSessionWhen(s)}` : ''}
              {already ? <span className="muted"> (in the roadshow “{already}”)</span> : null}
            </label>
          );
        })}
      </fieldset>
      {error ? (
        <p role="alert" className="notice-error" style={{ whiteSpace: 'pre-line' }}>
          {error}
        </p>
      ) : null}
      <button type="submit" className="primary">
        Create roadshow
      </button>
    </form>
  );
}
