import { useEffect, useId, useState } from 'react';
import type { Session } from '../../../shared/session/schema';
import { ErrorMessage } from '../../components/Field';
import { useJoinBridge } from './JoinBridge';
import { JoinRunning } from './JoinRunning';
import { JoinStartForm } from './JoinStartForm';
import './join.css';

/** The plain warning, shown before joining starts and while it runs. */
export const JOIN_WARNING = 'Anyone on this network with the code can join. Use the workshop’s own hotspot or router, and give the code only to the room.';

/**
 * "Let delegates join" in the console's rail: off by default; starting it needs a network the
 * facilitator picks. While it runs: the URL, code and QR code, a new code, the projector slide,
 * the Wi-Fi to print, and the phones that joined with what each sent.
 */
export function JoinPanel({ session }: { session: Session }) {
  const id = useId();
  const bridge = useJoinBridge();
  const [open, setOpen] = useState(false);
  const { status, servingHere } = bridge;
  // Once joining runs, the start form is done with: after stopping, the panel starts folded again.
  useEffect(() => {
    if (status.running) setOpen(false);
  }, [status.running]);

  return (
    <section className="join-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Phones</h2>
      {!bridge.available ? (
        <p className="small">Delegates cannot join from phones here: this version of the app has no local server for them.</p>
      ) : status.running && !servingHere ? (
        <>
          <p>Delegates are joining another session on this laptop. Stop that first to let delegates join this one.</p>
          <button type="button" disabled={bridge.busy} onClick={() => void bridge.stop()}>
            Stop letting delegates join
          </button>
        </>
      ) : status.running ? (
        <JoinRunning session={session} />
      ) : (
        <>
          <button type="button" aria-expanded={open} aria-controls={`${id}-start`} onClick={() => setOpen((o) => !o)}>
            Let delegates join
          </button>
          {open ? (
            <div id={`${id}-start`}>
              <JoinStartForm />
            </div>
          ) : null}
        </>
      )}
      {bridge.error ? <ErrorMessage>{bridge.error}</ErrorMessage> : null}
    </section>
  );
}
