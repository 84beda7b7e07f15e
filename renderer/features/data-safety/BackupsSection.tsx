import { useMemo } from 'react';
import { useSessions } from '../../data/hooks';
import { BackupList } from './BackupList';
import { useBackupList } from './use-backup-list';

/** Every session backed up on disk; those not on this computer (deleted, or from another profile) can be restored. */
export function BackupsSection() {
  const sessions = useSessions();
  const { available, found, problem, outcomes, busy, run } = useBackupList(true);
  const here = useMemo(() => new Set((sessions ?? []).map((s) => s.id)), [sessions]);
  if (!available) return null;
  return (
    <section aria-labelledby="backups-title" className="panel">
      <h2 id="backups-title">Backups on this computer</h2>
      {problem ? <p className="notice-error">{problem}</p> : null}
      {found === null && !problem ? <p>Looking for backups…</p> : null}
      {found?.length === 0 ? <p className="muted">No backups yet. The first is written a minute after the app opens with a session in it.</p> : null}
      {found && found.length > 0 ? <BackupList found={found} here={here} outcomes={outcomes} busy={busy} onRestore={(list) => void run(list)} label="Sessions in backups" /> : null}
    </section>
  );
}
