import { agendaTotalMinutes, describeAgendaFit, PHASE_KIND_LABELS } from '../../../shared/template/agenda';
import type { QuizPhase } from '../../../shared/template/schema';
import type { Session } from '../../../shared/session/schema';
import { AutoSaveField } from '../../components/AutoSaveField';
import { useSessionWriter } from '../../data/session-write-hooks';

function QuizStatements({ session, phase }: { session: Session; phase: QuizPhase }) {
  const actions = useSessionWriter();
  const chosen = new Set(phase.selectedStatementIds);
  const locked = session.status !== 'draft';
  const toggle = (id: string, on: boolean) => {
    // Keep the template's order so the quiz runs in a stable sequence.
    const next = phase.statements.map((s) => s.id).filter((sid) => (sid === id ? on : chosen.has(sid)));
    void actions.updateAgendaPhase(session.id, phase.id, { selectedStatementIds: next });
  };
  return (
    <fieldset className="statements" disabled={locked}>
      <legend>
        Statements to use ({chosen.size} of {phase.statements.length} chosen){locked ? ' — fixed once the session has started' : ''}
      </legend>
      {phase.statements.map((s) => (
        <label key={s.id} className="checkbox">
          <input type="checkbox" checked={chosen.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
          <span>
            {s.text} <span className="muted">({s.answer ? 'true' : 'false'})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

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
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={240}
                  value={String(phase.minutes)}
                  validate={(v) => (/^\d{1,3}$/.test(v.trim()) && Number(v) <= 240 ? null : 'Enter whole minutes from 0 to 240')}
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
