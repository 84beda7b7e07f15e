import { lazy, Suspense, useId, useState } from 'react';
import type { Session } from '../../../shared/session/schema';
import { useJoinDisplay, useJoinDisplayWriter } from '../../data/join-display-hooks';
import { useJoinBridge } from './JoinBridge';
import { JoinedDevices } from './JoinedDevices';
import { JOIN_WARNING } from './JoinPanel';
import { WifiForm } from './WifiForm';

// The QR code's library loads only when joining starts.
const QrCode = lazy(() => import('./QrCode'));

/** Joining is on: how phones join, what the room sees, and who joined. */
export function JoinRunning({ session }: { session: Session }) {
  const id = useId();
  const bridge = useJoinBridge();
  const shown = useJoinDisplay(session.id);
  const writer = useJoinDisplayWriter(session.id);
  const [message, setMessage] = useState('');
  const status = bridge.status;
  if (!status.running) return null;
  const onProjector = shown?.display?.onProjector ?? false;

  const rotate = async () => {
    await bridge.rotateCode();
    setMessage('New code made. Phones that joined stay joined; the old code no longer lets anyone in.');
  };

  return (
    <div className="join-running" data-testid="join-running">
      <p className="join-warning">{JOIN_WARNING}</p>
      <dl className="join-facts">
        <dt>Address</dt>
        <dd className="join-mono" data-testid="join-url">
          {status.url}
        </dd>
        <dt>Code</dt>
        <dd className="join-mono join-code" data-testid="join-code">
          {status.code}
        </dd>
        <dt>Network and port</dt>
        <dd>
          {status.address}, port {status.port}
        </dd>
      </dl>
      <Suspense fallback={<p className="small">Drawing the QR code…</p>}>
        <QrCode value={status.url} label={`QR code for ${status.url}`} className="join-panel-qr" />
      </Suspense>
      {!status.published ? <p className="small">Getting the session ready for phones…</p> : null}
      <div className="button-row">
        <button type="button" aria-pressed={onProjector} onClick={() => void writer.showOnProjector(!onProjector)}>
          Show join code on projector
        </button>
        <button type="button" disabled={bridge.busy} onClick={() => void rotate()}>
          New code
        </button>
        <button type="button" className="danger" disabled={bridge.busy} onClick={() => void bridge.stop()}>
          Stop letting delegates join
        </button>
      </div>
      <p role="status" className="small" id={`${id}-status`}>
        {message}
      </p>
      <p className="small">Keep this console open while phones send work: it saves what they send. Joining stops when the session finishes.</p>
      <WifiForm sessionId={session.id} />
      <JoinedDevices sessionId={session.id} />
    </div>
  );
}
