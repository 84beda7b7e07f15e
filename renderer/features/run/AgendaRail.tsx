import { phaseSpentMs } from '../../../shared/run/phase-time';
import { goToPhase } from '../../../shared/run/run-state';
import { scheduleStatus, slotEndTime } from '../../../shared/run/schedule';
import type { RunState } from '../../../shared/run/schema';
import type { Session } from '../../../shared/session/schema';
import { formatDuration, NO_VALUE } from '../../../shared/vocabulary';
import type { RunWriter } from '../../data/run-hooks';
import { clockTime, formatTimeOfDay, useNow } from './use-now';

/**
 * Every phase with its planned minutes; the current one highlighted, done ones ticked, each with
 * the time actually spent. Above it: the time of day, the slot's hard end and how the run stands
 * against the agenda. A phase can be opened directly (to go back and fix something).
 */
export function AgendaRail({ session, run, actions }: { session: Session; run: RunState; actions: RunWriter }) {
  const now = useNow(1000);
  const schedule = scheduleStatus(run, session.template, now);
  const start = session.startTime || clockTime(run.startedAt);
  const end = slotEndTime(session.date, start, session.template.durationMinutes);
  const completed = new Set(run.completedPhaseIds);
  const behind = schedule.deltaMs >= 60_000;

  return (
    <section className="agenda-rail" aria-labelledby="rail-title">
      <h2 id="rail-title">Agenda</h2>
      <dl className="rail-facts">
        <div>
          <dt>Time now</dt>
          <dd data-testid="time-now">{formatTimeOfDay(now)}</dd>
        </div>
        <div>
          <dt>{session.startTime ? 'Slot ends' : 'Ends about'}</dt>
          <dd data-testid="slot-end">{end ?? NO_VALUE}</dd>
        </div>
        <div>
          <dt>Schedule</dt>
          <dd className={behind ? 'schedule-behind' : undefined} data-testid="schedule">
            {schedule.label}
          </dd>
        </div>
      </dl>
      {!session.startTime ? <p className="muted small">No start time was set, so the end is {session.template.durationMinutes} min from when the session started.</p> : null}
      <ol className="rail-phases">
        {session.template.phases.map((phase, index) => {
          const current = phase.id === run.currentPhaseId;
          const done = completed.has(phase.id) && !current;
          const spent = phaseSpentMs(run, phase.id, now);
          const minutes = `${phase.minutes} min planned${spent >= 1000 ? ` · ${formatDuration(spent)} spent` : ''}`;
          // Spelled out for assistive technology: the tick and the highlight are visual only.
          const label = `${phase.title}${current ? ', current phase' : done ? ', done' : ''}. ${minutes}`;
          return (
            <li key={phase.id} className={`rail-phase${current ? ' current' : ''}${done ? ' done' : ''}`}>
              <button
                type="button"
                aria-current={current ? 'step' : undefined}
                aria-label={label}
                onClick={() => void actions.step((s, ses, t) => goToPhase(s, ses.template, phase.id, t))}
              >
                <span className="rail-mark" aria-hidden="true">
                  {done ? '✓' : current ? '▶' : index + 1}
                </span>
                <span className="rail-text">
                  <span className="rail-title">{phase.title}</span>
                  <span className="rail-minutes">{minutes}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
