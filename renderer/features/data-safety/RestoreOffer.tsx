import { useEffect, useState } from 'react';
import { useStoreIsEmpty } from '../../data/backup-restore';
import { BackupList } from './BackupList';
import { useBackupList } from './use-backup-list';

export type RestoreCheck = ReturnType<typeof useRestoreCheck>;

/**
 * Whether this browser's store is empty and, if so, which backups the host has. `settled` once
 * both are known (or the host has none, or could not say): the home page waits for it so that the
 * offer never appears above the buttons a facilitator is already reaching for.
 */
export function useRestoreCheck() {
  const empty = useStoreIsEmpty();
  const list = useBackupList(empty === true);
  const answered = empty === false || (empty === true && (!list.available || list.found !== null || list.problem !== null));
  // A host that never answers must not hide the home page: after a few seconds it shows anyway.
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    if (answered) return;
    const timer = window.setTimeout(() => setGaveUp(true), CHECK_PATIENCE_MS);
    return () => window.clearTimeout(timer);
  }, [answered]);
  return { ...list, settled: answered || gaveUp };
}

const CHECK_PATIENCE_MS = 4000;

/**
 * When this browser's store is empty (cleared profile, another port, another browser) and the
 * host has backups on disk, offers them for restore. Once offered it stays until every session is
 * back or the facilitator says "Not now", so restoring one does not hide the others.
 */
export function RestoreOffer({ check }: { check: RestoreCheck }) {
  const { available, found, problem, outcomes, busy, run } = check;
  const [dismissed, setDismissed] = useState(false);

  if (!available || dismissed) return null;
  if (problem) return <p className="notice-error">{problem}</p>;
  if (!found || found.length === 0) return null;

  const done = new Set(outcomes.filter((o) => o.status !== 'failed').map((o) => o.sessionId));
  const waiting = found.filter((s) => !done.has(s.sessionId));

  return (
    <section aria-labelledby="restore-title" className="panel restore-offer">
      <h2 id="restore-title">Sessions found in backups on this computer</h2>
      <p>
        This browser holds no sessions: its data may have been cleared, or the app was opened at another address or in another browser. Co-Create Studio kept backups of
        your sessions on this computer&apos;s disk. Restore them to carry on where you left off.
      </p>
      <BackupList found={found} here={done} outcomes={outcomes} busy={busy} onRestore={(list) => void run(list)} label="Backed-up sessions" />
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
