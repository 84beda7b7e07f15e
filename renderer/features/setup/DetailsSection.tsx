import type { Session } from '../../../shared/session/schema';
import { sessionSetupFields } from '../../../shared/session/schema';
import { AutoSaveField } from '../../components/AutoSaveField';
import { useSessionWriter } from '../../data/session-write-hooks';
import { CaseStudyPrompts } from '../scaffold/CaseStudyPrompts';

function check(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }) {
  return (value: unknown) => {
    const r = schema.safeParse(value);
    return r.success ? null : (r.error?.issues[0]?.message ?? 'Not valid');
  };
}

const facilitatorList = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export function DetailsSection({ session }: { session: Session }) {
  const actions = useSessionWriter();
  const save = (field: 'title' | 'campus' | 'venue' | 'date' | 'startTime' | 'caseStudy') => (value: string) => actions.updateSetup(session.id, { [field]: value });
  return (
    <section className="panel" aria-labelledby="details-title">
      <h2 id="details-title">Session details</h2>
      <div className="grid-2">
        <AutoSaveField label="Session title" value={session.title} onSave={save('title')} validate={check(sessionSetupFields.title)} />
        <AutoSaveField label="Campus" value={session.campus} onSave={save('campus')} validate={check(sessionSetupFields.campus)} />
        <AutoSaveField label="Venue" value={session.venue} onSave={save('venue')} validate={check(sessionSetupFields.venue)} />
        <AutoSaveField label="Date" type="date" value={session.date} onSave={save('date')} validate={check(sessionSetupFields.date)} />
        <AutoSaveField label="Start time" type="time" value={session.startTime} onSave={save('startTime')} validate={check(sessionSetupFields.startTime)} />
        <AutoSaveField
          label="Facilitators"
          hint="One name per line."
          multiline
          rows={3}
          value={session.facilitators.join('\n')}
          onSave={(text) => actions.updateSetup(session.id, { facilitators: facilitatorList(text) })}
          validate={(text) => check(sessionSetupFields.facilitators)(facilitatorList(text))}
        />
      </div>
      <AutoSaveField
        label="Case study (projected in Discussion 1)"
        hint="A few lines about the host institution, e.g. several campuses, a large cohort on one-year courses."
        multiline
        rows={5}
        value={session.caseStudy}
        onSave={save('caseStudy')}
        validate={check(sessionSetupFields.caseStudy)}
      />
      <CaseStudyPrompts template={session.template} />
    </section>
  );
}
