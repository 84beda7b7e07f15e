import type { DraftAction } from '../../../../shared/work/action-suggestions';

/** Drafts from the unit's gaps, channels and the room's action candidates, each one click from the form. */
export function SuggestedActions({ drafts, unitName, onAdopt }: { drafts: readonly DraftAction[]; unitName: string; onAdopt: (draft: DraftAction) => void }) {
  return (
    <>
      <h4>Suggested actions</h4>
      {drafts.length === 0 ? (
        <p className="muted">No suggestions: no gaps on this map, no channel ideas and no discussion points marked as action candidates that are not in the plan already.</p>
      ) : (
        <ul className="action-draft-list" aria-label={`Suggested actions for ${unitName}`}>
          {drafts.map((draft) => (
            <li key={draft.key} className="action-draft">
              <div>
                <p className="action-draft-what">{draft.what}</p>
                <p className="muted">{draft.why}</p>
              </div>
              <button type="button" onClick={() => onAdopt(draft)} aria-label={`Adopt: ${draft.what}`}>
                Adopt
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
