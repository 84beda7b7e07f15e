import { addRunMinute, resetRunTimer, toggleRunTimer } from '../../../shared/run/run-state';
import type { RunState } from '../../../shared/run/schema';
import { formatClock, MINUTE_MS, remainingMs, timerStatus, timerTone, totalMs } from '../../../shared/run/timer';
import type { RunWriter } from '../../data/run-hooks';
import { useNow } from './use-now';

const STATUS_TEXT = { idle: 'Not started', running: 'Running', paused: 'Paused' } as const;

/**
 * The current phase's countdown. Amber in the last minute and red once over time, always with the
 * words as well; once over, it keeps counting (shown as a negative time left).
 */
export function PhaseTimer({ run, actions }: { run: RunState; actions: RunWriter }) {
  const now = useNow(250);
  const timer = run.timer;
  const status = timerStatus(timer, now);
  const tone = timerTone(timer, now);
  const left = remainingMs(timer, now);
  const toggleLabel = status === 'running' ? 'Pause timer' : status === 'paused' ? 'Resume timer' : 'Start timer';
  const toneText = tone === 'overrun' ? `Over time by ${formatClock(-left)}` : tone === 'warning' ? 'Last minute' : null;
  const added = timer.addedMs / MINUTE_MS;

  return (
    <section className={`timer-card tone-${tone}`} aria-labelledby="timer-title">
      <h3 id="timer-title" className="sr-only">
        Phase timer
      </h3>
      <div className="timer-readout">
        <p className="timer-clock" role="timer" data-status={status} data-tone={tone}>
          <span className="sr-only">Time left </span>
          {formatClock(left)}
        </p>
        <div className="timer-facts">
          <p className="timer-status">
            <strong>{STATUS_TEXT[status]}</strong>
            {toneText ? <span className="timer-tone"> · {toneText}</span> : null}
          </p>
          <p className="muted">
            {formatClock(totalMs(timer))} for this phase{added > 0 ? ` (${added} min added)` : ''}
          </p>
        </div>
      </div>
      {/* Announced once per change of state, not every second. */}
      <p className="sr-only" role="status">
        {tone === 'overrun' ? 'Time is up: this phase is over time.' : tone === 'warning' ? 'Last minute of this phase.' : ''}
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void actions.step((s, _session, t) => toggleRunTimer(s, t))} aria-keyshortcuts="Space">
          {toggleLabel}
        </button>
        <button type="button" onClick={() => void actions.step((s, _session, t) => addRunMinute(s, t))} aria-keyshortcuts="+">
          Add a minute
        </button>
        <button type="button" onClick={() => void actions.step((s, _session, t) => resetRunTimer(s, t))} disabled={status === 'idle' && added === 0}>
          Reset timer
        </button>
      </div>
    </section>
  );
}
