import { agendaTotalMinutes, describeAgendaFit, PHASE_KIND_LABELS } from '../../../shared/template/agenda';
import type { Session } from '../../../shared/session/schema';
import { AutoSaveField } from '../../components/AutoSaveField';
import { wholeNumberProps } from '../../components/whole-number';
import { useSessionWriter } from '../../data/session-write-hooks';
import { QuizStatements } from './QuizStatements';

export function AgendaSection({ session }: { session: Session }) {
  const actions = useSessionWriter();
  const total = agendaTotalMinutes(session.template);
  const slot = session.template.durationMinutes;
  return (
    <section className="panel" aria-labelledby="agenda-title">
      <h2 id="agenda-title">Agenda for this session</h2>
      <p className={`agenda-total ${total > slot ? 'over' : ''}`} role="status" aria-live="polite">
        Total {total} of {slot} minutes — {describeAgendaFit(session.template)}
      </p>
      <ol className="agenda-list">
        {session.template.phases.map((phase) => (
          <li key={phase.id} className="agenda-phase">
            <details>
              <summary>
                <span className="phase-title">{phase.title}</span> <span className="muted">· {PHASE_KIND_LABELS[phase.kind]} · {phase.minutes} min</span>
              </summary>
              <div className="grid-2">
                <AutoSaveField
                  label={`Minutes for ${phase.title}`}
                  {...wholeNumberProps(240, 'Enter whole minutes from 0 to 240')}
                  value={String(phase.minutes)}
                  onSave={(v) => actions.updateAgendaPhase(session.id, phase.id, { minutes: Number(v) })}
                />
              </div>
              <AutoSaveField
                label={`Audience prompt for ${phase.title} (projected)`}
                multiline
                rows={3}
                value={phase.audiencePrompt}
                onSave={(v) => actions.updateAgendaPhase(session.id, phase.id, { audiencePrompt: v })}
              />
              <AutoSaveField
                label={`Facilitator notes for ${phase.title} (never projected)`}
                multiline
                rows={3}
                value={phase.facilitatorNotes}
                onSave={(v) => actions.updateAgendaPhase(session.id, phase.id, { facilitatorNotes: v })}
              />
              {phase.kind === 'quiz' ? <QuizStatements session={session} phase={phase} /> : null}
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
