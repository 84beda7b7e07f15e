import { useCallback, useMemo, useRef, useState } from 'react';
import { groupCardsByTheme } from '../../../../shared/run/themes';
import { canRedo, canUndo, createUndoStack, push, redo, redoLabel, undo, undoLabel, type UndoStack } from '../../../../shared/util/undo-stack';
import type { Session } from '../../../../shared/session/schema';
import type { DiscussionPhase } from '../../../../shared/template/schema';
import type { DiscussionChange, DiscussionPatch } from '../../../data/discussion-repo';
import { useCommittedOverlay } from '../../../data/committed-overlay';
import { ConflictError, ValidationError } from '../../../data/errors';
import { useDelegates, useUnits } from '../../../data/hooks';
import { usePhaseCards, usePhaseThemes, type RunWriter } from '../../../data/run-hooks';
import { useUndoKeys } from '../use-run-shortcuts';
import { CardBoard } from './CardBoard';
import { CardCapture } from './CardCapture';
import { ThemeForm } from './ThemeForm';
import { ErrorMessage } from '../../../components/Field';
import { useStableValue } from '../../work/use-stable';

/** Undo covers at least the last 20 changes; 50 leaves room for a busy discussion. */
const UNDO_LIMIT = 50;
const NONE: never[] = [];

export interface CardCommands {
  /** Runs one edit; its undo entry (if it changed anything) goes on this phase's stack. */
  change: (write: () => Promise<DiscussionChange | null>, done?: string) => Promise<boolean>;
}

/**
 * A discussion on the console: case study and topics, fast card capture, themes, drag-and-drop
 * grouping with a keyboard alternative, dot votes, action candidates, and undo/redo for this
 * phase's changes (the stack starts afresh when the phase changes).
 */
export function DiscussionPanel({ session, phase, actions }: { session: Session; phase: DiscussionPhase; actions: RunWriter }) {
  // A typed card shows as soon as it is stored, not a database read later.
  const { shown: cards, commit: showStored, forget } = useCommittedOverlay(usePhaseCards(session.id, phase.id));
  const themes = usePhaseThemes(session.id, phase.id);
  const delegates = useDelegates(session.id);
  const units = useUnits(session.id);
  const [stack, setStack] = useState<UndoStack<DiscussionPatch>>(() => createUndoStack(UNDO_LIMIT));
  const stackRef = useRef(stack);
  stackRef.current = stack;
  const [announce, setAnnounce] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const update = useCallback((next: UndoStack<DiscussionPatch>) => {
    stackRef.current = next;
    setStack(next);
  }, []);

  // Stable, so the board's cards are not redrawn just because this panel rendered again.
  const commands = useMemo<CardCommands>(
    () => ({
      change: async (write, done) => {
        try {
          const entry = await write();
          if (entry) update(push(stackRef.current, entry));
          if (entry) forget(entry.do.deleteCardIds ?? []);
          setProblem(null);
          if (done) setAnnounce(done);
          return true;
        } catch (e) {
          if (e instanceof ValidationError) throw e;
          if (e instanceof ConflictError) {
            setProblem(e.message);
            return false;
          }
          throw e;
        }
      },
    }),
    [update, forget],
  );

  const step = async (direction: 'undo' | 'redo') => {
    const result = direction === 'undo' ? undo(stackRef.current) : redo(stackRef.current);
    if (!result) return;
    update(result.stack);
    try {
      await actions.applyPatch(result.op);
      forget(result.op.deleteCardIds ?? []);
      setProblem(null);
      setAnnounce(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${result.label}.`);
    } catch (e) {
      if (e instanceof ConflictError || e instanceof ValidationError) setProblem(`Could not ${direction}: ${e.message}`);
      else throw e;
    }
  };

  useUndoKeys(
    () => void step('undo'),
    () => void step('redo'),
  );

  // Memoised with the board: an undo entry, an announcement or a save elsewhere in the session (a
  // fresh session and phase object) must not redraw thirty cards and their drag handles.
  const groups = useMemo(() => groupCardsByTheme(cards ?? [], themes ?? []), [cards, themes]);
  const stablePhase = useStableValue(phase);
  const totalVotes = (cards ?? []).reduce((sum, c) => sum + c.votes, 0);
  const nextUndo = undoLabel(stack);
  const nextRedo = redoLabel(stack);

  return (
    <div className="discussion">
      {phase.showCaseStudy && session.caseStudy.trim() !== '' ? (
        <section className="panel case-study" aria-labelledby="case-study-title">
          <h3 id="case-study-title">Case study (projected)</h3>
          <p className="pre-line">{session.caseStudy}</p>
        </section>
      ) : null}
      {phase.topics.length > 0 ? (
        <section className="panel" aria-labelledby="topics-title">
          <h3 id="topics-title">Topics</h3>
          <ul className="topic-list">
            {phase.topics.map((t) => (
              <li key={t.id}>
                <strong>{t.title}</strong>
                {t.prompt ? <span className="muted"> — {t.prompt}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="capture-title">
        <div className="panel-head">
          <h3 id="capture-title">
            Cards <span className="count">({cards?.length ?? 0} cards, {totalVotes} votes)</span>
          </h3>
          <div className="button-row">
            <button type="button" onClick={() => void step('undo')} disabled={!canUndo(stack)} aria-keyshortcuts="Control+Z" title={nextUndo ? `Undo ${nextUndo}` : undefined}>
              Undo{nextUndo ? <span className="muted small"> ({nextUndo})</span> : null}
            </button>
            <button type="button" onClick={() => void step('redo')} disabled={!canRedo(stack)} aria-keyshortcuts="Control+Shift+Z" title={nextRedo ? `Redo ${nextRedo}` : undefined}>
              Redo{nextRedo ? <span className="muted small"> ({nextRedo})</span> : null}
            </button>
          </div>
        </div>
        <CardCapture
          phase={phase}
          delegates={delegates ?? []}
          units={units ?? []}
          onAdd={(draft) => actions.addCard(phase.id, draft)}
          onAdded={(card, change) => {
            showStored(card);
            update(push(stackRef.current, change));
          }}
        />
        <ThemeForm onAdd={(name) => commands.change(async () => (await actions.addTheme(phase.id, name)).change, `Added the theme ${name.trim()}.`)} />
        {problem ? (
          <ErrorMessage>{problem}</ErrorMessage>
        ) : null}
        <p className="sr-only" role="status">
          {announce}
        </p>
      </section>

      <CardBoard
        groups={groups}
        themes={themes ?? NONE}
        phase={stablePhase}
        delegates={delegates ?? NONE}
        units={units ?? NONE}
        actions={actions}
        commands={commands}
      />
    </div>
  );
}
