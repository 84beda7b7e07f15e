import type { BackupSummary } from '../../../shared/backup/backup-api';
import type { RestoreOutcome } from '../../data/backup-restore';
import { describeOutcomes, formatMoment, sessionLabel } from './data-words';

interface Props {
  found: readonly BackupSummary[];
  /** Sessions on this computer already (restored just now or never lost): no Restore button. */
  here: ReadonlySet<string>;
  outcomes: readonly RestoreOutcome[];
  busy: boolean;
  onRestore: (list: BackupSummary[]) => void;
  label: string;
}

/** Backed-up sessions with what identifies each (title, campus, date, last change) and a Restore button. */
export function BackupList({ found, here, outcomes, busy, onRestore, label }: Props) {
  const restored = new Set(outcomes.filter((o) => o.status === 'restored').map((o) => o.sessionId));
  return (
    <>
      {outcomes.length > 0 ? <p className={outcomes.some((o) => o.status === 'failed') ? 'notice-error' : 'notice'}>{describeOutcomes(outcomes)}</p> : null}
      <ul className="session-list" aria-label={label}>
        {found.map((s) => (
          <li key={s.sessionId} className="session-row">
            <div>
              <h3 className="session-title">{s.title}</h3>
              <p className="muted">
                {[s.campus || 'No campus', s.date ? `on ${s.date}` : 'no date'].join(' · ')} · last changed {formatMoment(s.updatedAt)} · backed up {formatMoment(s.savedAt)}
              </p>
            </div>
            <div className="row-actions">
              {restored.has(s.sessionId) ? (
                <span>Restored</span>
              ) : here.has(s.sessionId) ? (
                <span className="muted">On this computer</span>
              ) : (
                <button type="button" disabled={busy} onClick={() => onRestore([s])} aria-label={`Restore ${sessionLabel(s)}`}>
                  Restore
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
