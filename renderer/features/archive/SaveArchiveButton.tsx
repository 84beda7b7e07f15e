import { useState } from 'react';
import { useHost } from '../../app/providers';
import { useArchiveWriter } from '../../data/archive-write-hooks';
import { saveSessionArchive, type ArchiveNotice } from './use-archive-files';

/**
 * "Save archive" of one session, wherever the facilitator is (setup, console, outputs, finished
 * run), with what happened next to it.
 */
export function SaveArchiveButton({ sessionId }: { sessionId: string }) {
  const host = useHost();
  const actions = useArchiveWriter();
  const [notice, setNotice] = useState<ArchiveNotice>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (saving) return;
    setNotice(null);
    setSaving(true);
    try {
      setNotice(await saveSessionArchive(host, actions, sessionId));
    } finally {
      setSaving(false);
    }
  };
  return (
    <span className="save-archive">
      <button type="button" onClick={() => void save()} aria-disabled={saving}>
        Save archive
      </button>
      {notice ? (
        <span role={notice.tone === 'error' ? 'alert' : 'status'} className={notice.tone === 'error' ? 'notice-error' : 'notice'}>
          {notice.text}
        </span>
      ) : null}
    </span>
  );
}
