/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JoinReply } from '../../shared/join/api';
import type { JoinAs } from '../../shared/join/device';
import type { Roster } from '../../shared/join/view';
import { JoinFailure, type JoinApi } from './api';
import { Notice, TextField } from './fields';

interface Props {
  api: JoinApi;
  /** From the address /j/<CODE>; '' when the person has to type it. */
  initialCode: string;
  /** Why this phone is back here (removed, expired), in the relay's words. */
  notice: string | null;
  onJoined: (reply: JoinReply, as: JoinAs, code: string) => void;
}

const UNPLACED = 'unplaced';

/** Join in two taps: your table, then your name (or just the table, for a phone the table shares). */
export function JoinScreen({ api, initialCode, notice, onJoined }: Props) {
  const [code, setCode] = useState(initialCode);
  const [typed, setTyped] = useState(initialCode);
  const [roster, setRoster] = useState<Roster | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [table, setTable] = useState<string | null>(null);
  // Asking again with the same code (after a network problem) must look again.
  const [attempt, setAttempt] = useState(0);
  const nameHeading = useRef<HTMLHeadingElement>(null);
  // After a table is picked the list it was in is gone: focus the next question, not the page's start.
  useEffect(() => {
    if (table !== null) nameHeading.current?.focus();
  }, [table]);

  useEffect(() => {
    if (code === '') return;
    let live = true;
    setBusy(true);
    api
      .roster(code)
      .then((r) => live && (setRoster(r), setProblem(null)))
      .catch((error: unknown) => live && (setRoster(null), setProblem(error instanceof JoinFailure ? error.message : String(error))))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [api, code, attempt]);

  const join = async (as: JoinAs) => {
    setBusy(true);
    try {
      onJoined(await api.join({ code, as }), as, code);
    } catch (error) {
      setProblem(error instanceof JoinFailure ? error.message : String(error));
      setBusy(false);
    }
  };

  const unplaced = roster?.delegates.filter((d) => d.unitId === null) ?? [];
  const unit = roster?.units.find((u) => u.id === table);
  const people = roster?.delegates.filter((d) => (table === UNPLACED ? d.unitId === null : d.unitId === table)) ?? [];

  return (
    <main>
      <h1>{roster ? roster.sessionTitle : 'Join the workshop'}</h1>
      {notice ? <Notice kind="problem">{notice}</Notice> : null}
      {problem ? <Notice kind="problem">{problem}</Notice> : null}
      {!roster ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setCode(typed.trim());
            setAttempt((n) => n + 1);
          }}
          noValidate
        >
          <TextField label="Join code" required hint="6 letters and digits, shown on the screen" value={typed} onInput={setTyped} />
          <button type="submit" class="primary wide" disabled={busy || typed.trim() === ''}>
            {busy ? 'Looking for the session…' : 'Find the session'}
          </button>
        </form>
      ) : table === null ? (
        <section aria-labelledby="pick-table">
          <h2 id="pick-table">Which table are you at?</h2>
          <ul class="choices">
            {roster.units.map((u) => (
              <li key={u.id}>
                <button type="button" onClick={() => setTable(u.id)}>
                  {u.name}
                </button>
              </li>
            ))}
            {unplaced.length > 0 ? (
              <li>
                <button type="button" onClick={() => setTable(UNPLACED)}>
                  Not at a table yet
                </button>
              </li>
            ) : null}
          </ul>
          {roster.units.length === 0 && unplaced.length === 0 ? <p>The facilitator has not set up tables or names yet. Try again in a moment.</p> : null}
        </section>
      ) : (
        <section aria-labelledby="pick-name">
          <h2 id="pick-name" ref={nameHeading} tabIndex={-1}>{unit ? `${unit.name}: who are you?` : 'Who are you?'}</h2>
          <ul class="choices">
            {people.map((d) => (
              <li key={d.id}>
                <button type="button" disabled={busy} onClick={() => void join({ kind: 'delegate', delegateId: d.id })}>
                  {d.name}
                </button>
              </li>
            ))}
            {unit ? (
              <li>
                <button type="button" disabled={busy} onClick={() => void join({ kind: 'table', unitId: unit.id })}>
                  Just {unit.name} (a phone the table shares)
                </button>
              </li>
            ) : null}
          </ul>
          <button type="button" onClick={() => setTable(null)}>
            Back to tables
          </button>
        </section>
      )}
      <p class="muted">Only your name and your table’s work are sent to the facilitator’s laptop. The screen never shows names.</p>
    </main>
  );
}
