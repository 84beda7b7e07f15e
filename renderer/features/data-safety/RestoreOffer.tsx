import { useEffect, useState } from 'react';
import type { BackupSummary } from '../../../shared/backup/backup-api';
import { useBackupRestore, useStoreIsEmpty, type RestoreOutcome } from '../../data/backup-restore';
import { describeOutcomes, formatMoment, sessionLabel } from './data-words';

/**
 * When this browser's store is empty (cleared profile, another port, another browser) and the
 * host has backups on disk, offers them for restore. Once offered it stays until every session is
 * back or the facilitator says "Not now", so restoring one does not hide the others.
 */
export function RestoreOffer() {
  const empty = useStoreIsEmpty();
  const restore = useBackupRestore();
  const [found, setFound] = useState<BackupSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<RestoreOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!empty || !restore || found !== null) return;
    let live = true;
    restore.list().then(
      (list) => live && setFound(list),
      (error: unknown) => live && setProblem(`Could not look for backups on this computer: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [empty, restore, found]);

  if (!restore || dismissed) return null;
  if (problem) return <p className="notice-error">{problem}</p>;
  if (!found || found.length === 0) return null;

  const done = new Set(outcomes.filter((o) => o.status !== 'failed').map((o) => o.sessionId));
  const waiting = found.filter((s) => !done.has(s.sessionId));
  const run = async (list: BackupSummary[]) => {
    setBusy(true);
    try {
      const latest = await restore.restore(list);
      setOutcomes((before) => [...before.filter((o) => !latest.some((l) => l.sessionId === o.sessionId)), ...latest]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="restore-title" className="panel restore-offer">
      <h2 id="restore-title">Sessions found in backups on this computer</h2>
      <p>
        This browser holds no sessions: its data may have been cleared, or the app was opened at another address or in another browser. Co-Create Studio kept backups of
        your sessions on this computer&apos;s disk. Restore them to carry on where you left off.
      </p>
      {outcomes.length > 0 ? <p className={outcomes.some((o) => o.status === 'failed') ? 'notice-error' : 'notice'}>{describeOutcomes(outcomes)}</p> : null}
      <ul className="session-list" aria-label="Backed-up sessions">
        {found.map((s) => (
          <li key={s.sessionId} className="session-row">
            <div>
              <h3 className="session-title">{s.title}</h3>
              <p className="muted">
                {[s.campus || 'No campus', s.date ? `on ${s.date}` : 'no date'].join(' · ')} · last changed {formatMoment(s.updatedAt)}
              </p>
            </div>
            <div className="row-actions">
              {done.has(s.sessionId) ? (
                <span>Restored</span>
              ) : (
                <button type="button" disabled={busy} onClick={() => void run([s])} aria-label={`Restore ${sessionLabel(s)}`}>
                  Restore
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <div className="row-actions">
        {waiting.length > 1 ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void run(waiting)}>
            Restore all {waiting.length} sessions
          </button>
        ) : null}
        <button type="button" onClick={() => setDismissed(true)}>
          {waiting.length === 0 ? 'Close' : 'Not now'}
        </button>
      </div>
    </section>
  );
}
