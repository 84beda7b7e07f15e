import { useState } from 'react';
import { setProjectorTheme, toggleBlank, toggleFreeze } from '../../../shared/run/run-state';
import type { RunState } from '../../../shared/run/schema';
import { useHost } from '../../app/providers';
import type { RunWriter } from '../../data/run-hooks';
import type { ProjectorStatus } from '../../host/host';

/** Opening the audience view, and what it shows: live, blanked or frozen, dark or light. */
export function ProjectorControls({ sessionId, run, actions }: { sessionId: string; run: RunState; actions: RunWriter }) {
  const host = useHost();
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null);
  const { blank, frozen, theme } = run.projector;
  const state = blank ? 'blanked' : frozen ? 'frozen' : 'live';

  const open = async () => {
    setMessage(describeProjector(host.kind, await host.toggleProjector(sessionId, true)));
  };

  return (
    <section className="projector-controls" aria-labelledby="projector-controls-title">
      <h2 id="projector-controls-title" className="sr-only">
        Projector
      </h2>
      <p className={`projector-state state-${state}`} data-testid="projector-state">
        Projector: <strong>{state}</strong>
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void open()}>
          Open projector view
        </button>
        <button type="button" aria-pressed={blank} aria-keyshortcuts="B" onClick={() => void actions.step((s, _session, t) => toggleBlank(s, t))}>
          Blank projector
        </button>
        <button type="button" aria-pressed={frozen} aria-keyshortcuts="F" onClick={() => void actions.step((s, _session, t) => toggleFreeze(s, t))}>
          Freeze projector
        </button>
        <label className="inline-select">
          <span>Projector theme</span>
          <select
            value={theme}
            onChange={(e) => {
              // Read now: React puts a controlled select back before the write runs.
              const next = e.target.value === 'light' ? 'light' : 'dark';
              void actions.step((s, _session, t) => setProjectorTheme(s, next, t));
            }}
          >
            <option value="dark">Dark</option>
            <option value="light">Light</option>
          </select>
        </label>
      </div>
      {message ? (
        <p className={`projector-message${message.warn ? ' projector-warning' : ''}`} role={message.warn ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

/** What the facilitator needs to know after opening the projector, above all when the room sees the console. */
export function describeProjector(kind: 'electron' | 'web', status: ProjectorStatus): { text: string; warn: boolean } {
  if (status.blocked) return { text: 'The browser blocked the projector window. Allow pop-ups for this page, then try again.', warn: true };
  if (!status.open) return { text: 'The projector view is closed.', warn: false };
  if (kind === 'web') return { text: 'Projector view opened in its own window: drag it to the projector screen and make it full screen (F11).', warn: false };
  if (status.external) return { text: 'The projector view is full screen on the second display.', warn: false };
  return {
    text: 'Only one display is connected, or the displays are mirrored: the room sees this console, notes and names included. Set the displays to extend, then open the projector view again.',
    warn: true,
  };
}
