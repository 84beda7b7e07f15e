import type { Session } from '../../../shared/session/schema';
import { LIVED_EXPERIENCE_OPTIONS, unitKindWord } from '../../../shared/vocabulary';
import { formatSessionWhen } from '../../format';
import type { WorksheetSet } from './worksheet-model';

/* The pieces every worksheet is built from: its header, ruled lines and circle-one choices. */

/** Lines to write on; `lines` of them, each a ruled line. */
export function WriteLines({ lines }: { lines: number }) {
  return (
    <span className="pr-write" aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="pr-write-line" />
      ))}
    </span>
  );
}

/** Options to circle, written out so they read on any printer. */
export function CircleOne({ options }: { options: readonly string[] }) {
  return (
    <span className="pr-circle-one">
      {options.map((option) => (
        <span key={option} className="pr-option">
          {option}
        </span>
      ))}
    </span>
  );
}

export const LIVED_OPTIONS = LIVED_EXPERIENCE_OPTIONS.map((o) => o.label);

export function SheetHead({ title, session, set, name }: { title: string; session: Session; set: WorksheetSet; name?: string | null }) {
  const when = formatSessionWhen(session);
  const unitWord = set.unit && set.unit.kind !== 'delegate' ? unitKindWord(set.unit) : 'Unit';
  return (
    <header className="pr-sheet-head">
      <p className="pr-kicker">{[session.title, session.campus, when].filter(Boolean).join(' · ')}</p>
      <h2>{title}</h2>
      <div className="pr-fill">
        {name !== undefined ? (
          <p>
            <span className="pr-fill-label">Name</span> {name ? <span className="pr-filled">{name}</span> : <span className="pr-blank" />}
          </p>
        ) : null}
        <p>
          <span className="pr-fill-label">{unitWord}</span>{' '}
          {set.unit ? <span className="pr-filled">{set.unit.kind === 'delegate' ? set.delegateNames.join(', ') || set.unit.name : set.unit.name}</span> : <span className="pr-blank" />}
        </p>
        {name === undefined && set.unit?.kind !== 'delegate' ? (
          <p>
            <span className="pr-fill-label">Delegates</span>{' '}
            {set.delegateNames.length > 0 ? <span className="pr-filled">{set.delegateNames.join(', ')}</span> : <span className="pr-blank pr-blank-wide" />}
          </p>
        ) : null}
      </div>
    </header>
  );
}
