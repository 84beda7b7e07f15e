import { useState } from 'react';
import { FREE_TEXT_WARNING } from '../../../shared/privacy/anonymise';
import { useHost } from '../../app/providers';
import { ARCHIVE_FILE_KIND } from '../../data/archive-write-hooks';
import { usePrivacyWriter } from '../../data/privacy-hooks';

/**
 * "Export anonymised" for a roadshow: one anonymised archive per session (a file format that holds
 * several sessions does not exist yet), delegates numbered within each session.
 */
export function RoadshowAnonymisedButton({ sessionIds }: { sessionIds: readonly string[] }) {
  const host = useHost();
  const writer = usePrivacyWriter();
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    let saved = 0;
    for (const id of sessionIds) {
      const file = await writer.exportAnonymised(id);
      if ((await host.saveTextFile({ suggestedName: file.fileName, kind: ARCHIVE_FILE_KIND, text: file.text })).saved) saved += 1;
    }
    setMessage(`Saved ${saved} of ${sessionIds.length} anonymised session archives. ${FREE_TEXT_WARNING}`);
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
