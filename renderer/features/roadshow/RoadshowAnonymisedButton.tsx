import { useState } from 'react';
import { FREE_TEXT_WARNING } from '../../../shared/privacy/anonymise';
import { useHost } from '../../app/providers';
import { ARCHIVE_FILE_KIND } from '../../data/archive-write-hooks';
import { usePrivacyWriter } from '../../data/privacy-hooks';

/** "Export anonymised" for a roadshow: one archive with every session anonymised (delegates numbered within each session) and the grouping kept. */
export function RoadshowAnonymisedButton({ roadshowId }: { roadshowId: string }) {
  const host = useHost();
  const writer = usePrivacyWriter();
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    try {
      const file = await writer.exportAnonymisedRoadshow(roadshowId);
      const result = await host.saveFile({ suggestedName: file.fileName, kind: ARCHIVE_FILE_KIND, bytes: file.bytes });
      setMessage(result.saved ? `Saved the anonymised roadshow archive with ${file.sessions} ${file.sessions === 1 ? 'session' : 'sessions'}. ${FREE_TEXT_WARNING}` : 'The anonymised roadshow archive was not saved.');
    } catch (e) {
      setMessage(`The anonymised roadshow archive was not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void save()}>
        Export anonymised
      </button>
      {message ? <span role="status">{message}</span> : null}
    </>
  );
}
