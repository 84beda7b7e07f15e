import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary } from '../../../shared/backup/backup-api';
import { useBackupRestore, type RestoreOutcome } from '../../data/backup-restore';

/** The backups on disk (listed once `enabled`), and restoring some of them, with what happened to each. */
export function useBackupList(enabled: boolean) {
  const restore = useBackupRestore();
  const [found, setFound] = useState<BackupSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<RestoreOutcome[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!enabled || !restore || found !== null) return;
    let live = true;
    restore.list().then(
      (list) => live && setFound(list),
      (error: unknown) => live && setProblem(`Could not look for backups on this computer: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [enabled, restore, found]);

  const run = useCallback(
    async (list: readonly BackupSummary[]) => {
      if (!restore) return;
      setBusy(true);
      try {
        const latest = await restore.restore(list);
        setOutcomes((before) => [...before.filter((o) => !latest.some((l) => l.sessionId === o.sessionId)), ...latest]);
      } finally {
        setBusy(false);
      }
    },
    [restore],
  );

  return { available: restore !== null, found, problem, outcomes, busy, run };
}
