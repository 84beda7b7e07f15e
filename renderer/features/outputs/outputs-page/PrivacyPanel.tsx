import { useState } from 'react';
import { FREE_TEXT_WARNING } from '../../../../shared/privacy/anonymise';
import { backupExpiryNote } from '../../../../shared/privacy/erase';
import { useHost } from '../../../app/providers';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ARCHIVE_FILE_KIND } from '../../../data/archive-write-hooks';
import { useBackupRestore } from '../../../data/backup-restore';
import { useDelegates } from '../../../data/hooks';
import { usePrivacyWriter } from '../../../data/privacy-hooks';

/** "Export anonymised" and "Erase a delegate" for one session. */
export function PrivacyPanel({ sessionId }: { sessionId: string }) {
  const host = useHost();
  const writer = usePrivacyWriter();
  const backups = useBackupRestore();
  const delegates = useDelegates(sessionId) ?? [];
  const [chosen, setChosen] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string[] | null>(null);
  const person = delegates.find((d) => d.id === chosen);

  const exportFile = async () => {
    const file = await writer.exportAnonymised(sessionId);
    const result = await host.saveFile({ suggestedName: file.fileName, kind: ARCHIVE_FILE_KIND, bytes: file.bytes });
    setNotice(result.saved ? `Saved the anonymised archive "${file.fileName}".` : 'The anonymised archive was not saved.');
  };
  const erase = async () => {
    setConfirming(false);
    if (!person) return;
    const lines = await writer.eraseDelegate(sessionId, person.id);
    setChosen('');
    // The newest backup is written again at once, so it no longer holds the person either.
    const pass = await backups?.backUpNow().catch(() => null);
    const failed = backups && (!pass || pass.failed.some((f) => f.sessionId === sessionId));
    setRemoved(failed ? [...lines, 'The backup of this session could not be written again now; the next automatic backup (within 5 minutes) leaves the person out.'] : lines);
  };

  return (
    <section aria-labelledby="privacy-title" className="panel">
      <h2 id="privacy-title">Privacy</h2>
      <p>
        <button type="button" onClick={() => void exportFile()}>
          Export anonymised
        </button>{' '}
        Names, emails and roles become delegate numbers; cards lose their names. {FREE_TEXT_WARNING}
      </p>
      {notice ? <p role="status">{notice}</p> : null}
      <label>
        Delegate to erase
        <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choose a delegate</option>
          {delegates.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" className="danger" disabled={!person} onClick={() => setConfirming(true)}>
        Erase a delegate
      </button>
      {removed ? (
        <div role="status" aria-label="What was erased">
          <p>Erased:</p>
          <ul>
            {removed.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <p>{backupExpiryNote()}</p>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="Erase this delegate?"
        message={person ? `${person.name}'s delegate record, quiz answers, name on cards and name or email in any text of this session will be removed. This cannot be undone.` : ''}
        confirmLabel="Erase delegate"
        onCancel={() => setConfirming(false)}
        onConfirm={() => void erase()}
      />
    </section>
  );
}
