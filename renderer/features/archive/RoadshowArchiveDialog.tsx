import { useEffect, useRef, useState } from 'react';
import type { ArchiveBundle } from '../../../shared/archive';
import type { SessionChoice } from '../../data/roadshow-archive-repo';

export interface PendingBundle {
  bundle: ArchiveBundle;
  /** Ids of the file's sessions that are already on this computer. */
  here: ReadonlySet<string>;
}

interface Props {
  pending: PendingBundle | null;
  onOpen: (bundle: ArchiveBundle, choices: Record<string, SessionChoice>) => void;
  onCancel: () => void;
}

const CHOICES: [SessionChoice, string][] = [
  ['merge', 'Merge with the copy here'],
  ['copy', 'Keep both (the file’s copy outside the roadshow)'],
  ['replace', 'Replace the copy here (kept as a backup first)'],
];

/**
 * A file holding several sessions (a roadshow) of which some are already here: one choice per such
 * session, by the same rules as a one-session archive; the others are added. One transaction opens all.
 */
export function RoadshowArchiveDialog({ pending, onOpen, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [choices, setChoices] = useState<Record<string, SessionChoice>>({});
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (pending && !dialog.open) {
      setChoices({});
      dialog.showModal();
    }
    if (!pending && dialog.open) dialog.close();
  }, [pending]);
  const bundle = pending?.bundle;
  const title = bundle?.roadshow ? `Open the roadshow “${bundle.roadshow.name}”` : 'Open these sessions';
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="roadshow-archive-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="roadshow-archive-title">{title}</h2>
      <p>The file holds {bundle?.sessions.length ?? 0} sessions. Those already on this computer need a choice; the others are added.</p>
      <ul aria-label="Sessions in the file">
        {bundle?.sessions.map((s) => {
          const name = `${s.session.campus || s.session.title}${s.session.date ? ` (${s.session.date})` : ''}`;
          if (!pending?.here.has(s.session.id)) return <li key={s.session.id}>{name}: new here, added.</li>;
          return (
            <li key={s.session.id}>
              <label>
                {name}: already here.{' '}
                <select value={choices[s.session.id] ?? 'merge'} onChange={(e) => setChoices((c) => ({ ...c, [s.session.id]: e.target.value as SessionChoice }))}>
                  {CHOICES.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => bundle && onOpen(bundle, choices)} autoFocus>
          Open
        </button>
      </div>
    </dialog>
  );
}
