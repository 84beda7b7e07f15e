import { useState } from 'react';
import { useHost } from '../../app/providers';
import { describeProjector } from '../run/ProjectorControls';

/**
 * Opens the comparison's projector-safe view in the projector window, as the console does for a
 * session: full screen on the second display in Electron, a second window in web mode.
 */
export function RoadshowProjectorButton({ roadshowId }: { roadshowId: string }) {
  const host = useHost();
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null);
  const open = async () => setMessage(describeProjector(host.kind, await host.toggleProjector({ roadshowId }, true)));
  return (
    <>
      <button type="button" onClick={() => void open()}>
        Open projector view
      </button>
      {message ? (
        <span role="status" className={message.warn ? 'notice-error' : undefined}>
          {message.text}
        </span>
      ) : null}
    </>
  );
}
