import { memo, useEffect, useState } from 'react';
import {
  addRunMinute,
  currentPhase,
  currentPhaseIndex,
  goToPhase,
  hasNextPhase,
  hasPreviousPhase,
  nextPhase,
  previousPhase,
  toggleAnswer,
  toggleBlank,
  toggleFreeze,
  toggleRunTimer,
} from '../../../shared/run/run-state';
import type { RunState } from '../../../shared/run/schema';
import type { ShortcutId } from '../../../shared/run/shortcuts';
import type { Session } from '../../../shared/session/schema';
import { useHost } from '../../app/providers';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRunWriter } from '../../data/run-hooks';
import { useSaveStatus } from '../../data/save-status';
import { AgendaRail } from './AgendaRail';
import { PhasePanel } from './PhasePanel';
import { PhaseTimer } from './PhaseTimer';
import { PHASE_KIND_LABELS } from '../../../shared/template/agenda';
import { quizIsLive } from './quiz-is-live';
import { ProjectorControls } from './ProjectorControls';
import { ProjectorPreview } from './projector-preview/ProjectorPreview';
import { turnPage } from './projector-preview/page-turner';
import { ShortcutHelp } from './ShortcutHelp';
import { formatTimeWithSeconds } from './use-now';
import { useRunShortcuts } from './use-run-shortcuts';
import { WalkInForm } from './WalkInForm';
import { JoinPanel } from '../join/JoinPanel';
import { SaveArchiveButton } from '../archive/SaveArchiveButton';
import { useSessionSavedAt } from './session-apart-from-saves';

/** The facilitator console of a running session (route `sessions/:sessionId/run`). */
export const RunConsole = memo(function RunConsole({ session, run }: { session: Session; run: RunState }) {
  const actions = useRunWriter(session.id);
  const host = useHost();
  const [helpOpen, setHelpOpen] = useState(false);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const phase = currentPhase(run, session.template);
  const index = currentPhaseIndex(run, session.template);
  const total = session.template.phases.length;
  const quizLive = quizIsLive(session, run);

  const goNext = () => void actions.step((s, ses, t) => nextPhase(s, ses.template, t));
  const goPrevious = () => void actions.step((s, ses, t) => previousPhase(s, ses.template, t));

  useRunShortcuts((id: ShortcutId) => {
    switch (id) {
      case 'next-phase':
        return goNext();
      case 'previous-phase':
        return goPrevious();
      case 'toggle-timer':
        return void actions.step((s, _ses, t) => toggleRunTimer(s, t));
      case 'add-minute':
        return void actions.step((s, _ses, t) => addRunMinute(s, t));
      case 'reveal-answer':
        if (quizLive) void actions.step((s, _ses, t) => toggleAnswer(s, t));
        return;
      case 'blank-projector':
        return void actions.step((s, _ses, t) => toggleBlank(s, t));
      case 'freeze-projector':
        return void actions.step((s, _ses, t) => toggleFreeze(s, t));
      case 'next-page':
        return void actions.step(turnPage(session.id, 1));
      case 'previous-page':
        return void actions.step(turnPage(session.id, -1));
      case 'show-help':
        return setHelpOpen((open) => !open);
    }
  });

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'show-shortcuts') setHelpOpen(true);
        // View › Toggle projector (Electron menu) opens or closes this session's audience window.
        if (command === 'toggle-projector') void host.toggleProjector(session.id);
      }),
    [host, session.id],
  );

  return (
    <main className="run-console" aria-labelledby="run-title">
      <header className="run-bar">
        <div className="run-bar-title">
          <h1 id="run-title">{session.title}</h1>
          <LastSaved />
        </div>
        <ProjectorControls sessionId={session.id} run={run} actions={actions} />
        <div className="button-row run-bar-actions">
          <button type="button" aria-expanded={helpOpen} aria-controls="shortcut-help" aria-keyshortcuts="?" onClick={() => setHelpOpen((o) => !o)}>
            Keyboard shortcuts
          </button>
          <SaveArchiveButton sessionId={session.id} />
          <button type="button" className="danger" onClick={() => setConfirmFinish(true)}>
            Finish session
          </button>
        </div>
      </header>
      {helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} /> : null}

      <div className="run-layout">
        <aside className="run-rail" aria-label="Agenda and walk-ins">
          <ProjectorPreview session={session} actions={actions} />
          <AgendaRail session={session} run={run} actions={actions} />
          <WalkInForm session={session} actions={actions} />
          <JoinPanel session={session} />
        </aside>

        <div className="run-main">
          {phase ? (
            <>
              <section className="phase-head" aria-labelledby="phase-title">
                <div>
                  <p className="phase-kicker">
                    Phase {index + 1} of {total} · {PHASE_KIND_LABELS[phase.kind]}
                  </p>
                  <h2 id="phase-title">{phase.title}</h2>
                </div>
                <div className="button-row">
                  <button type="button" onClick={goPrevious} disabled={!hasPreviousPhase(run, session.template)} aria-keyshortcuts="ArrowLeft PageUp P">
                    Previous phase
                  </button>
                  <button type="button" className="primary" onClick={goNext} disabled={!hasNextPhase(run, session.template)} aria-keyshortcuts="ArrowRight PageDown N">
                    Next phase
                  </button>
                </div>
              </section>
              <PhaseTimer run={run} actions={actions} />
              <div className="phase-brief">
                <section aria-labelledby="prompt-title">
                  <h3 id="prompt-title">On the projector</h3>
                  <p>{phase.audiencePrompt || <span className="muted">No audience prompt for this phase.</span>}</p>
                </section>
                <section className="facilitator-notes" aria-labelledby="notes-title">
                  <h3 id="notes-title">Facilitator notes (console only)</h3>
                  <p>{phase.facilitatorNotes || <span className="muted">No notes for this phase.</span>}</p>
                </section>
              </div>
              <PhasePanel key={phase.id} session={session} run={run} phase={phase} actions={actions} />
            </>
          ) : (
            <section className="panel" role="alert">
              <h2>This phase is no longer in the agenda</h2>
              <button type="button" onClick={() => void actions.step((s, ses, t) => goToPhase(s, ses.template, ses.template.phases[0]!.id, t))}>
                Go to the first phase
              </button>
            </section>
          )}
        </div>
      </div>

      <ConfirmDialog
        open={confirmFinish}
        title="Finish this session?"
        message="The timer stops and the time spent on this phase is recorded. You can reopen the session afterwards to correct typos."
        confirmLabel="Finish session"
        onCancel={() => setConfirmFinish(false)}
        onConfirm={() => {
          setConfirmFinish(false);
          void actions.finish();
        }}
      />
    </main>
  );
});

/**
 * The console's own "last saved" line: this window's last acknowledged write, or after a reload
 * the session's last change on disk (every run write updates it). `data-saved-at` carries this
 * window's exact time so a test can wait for one particular edit's acknowledgement.
 */
function LastSaved() {
  const storedAt = useSessionSavedAt();
  const status = useSaveStatus();
  const latest = Math.max(status.lastSavedAt ?? 0, storedAt);
  let text = `Last saved ${formatTimeWithSeconds(latest)}`;
  if (status.state === 'saving') text = 'Saving…';
  else if (status.state === 'error') text = status.message ?? 'Not saved';
  return (
    <p className={`last-saved save-${status.state}`} data-testid="last-saved" data-state={status.state} data-saved-at={status.lastSavedAt ?? ''}>
      {text}
    </p>
  );
}
