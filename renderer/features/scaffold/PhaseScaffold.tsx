import './scaffold.css';
import type { ReactNode } from 'react';
import type { Session } from '../../../shared/session/schema';
import type { ActionPlanPhase, DiscussionPhase, MappingPhase, Phase } from '../../../shared/template/schema';
import { useUnits } from '../../data/hooks';
import { strengthKey, topicAllocation } from './scaffold-model';
import { StrengthKeyTable } from './StrengthKeyTable';
import { WorkedExampleList } from './WorkedExampleList';

/**
 * The template's scaffolding for the current phase, on the console only: none of it is in the
 * projector snapshot. Renders nothing for phases (or older sessions) without any.
 */
export function PhaseScaffold({ session, phase }: { session: Session; phase: Phase }) {
  switch (phase.kind) {
    case 'discussion':
      return <DiscussionScaffold session={session} phase={phase} />;
    case 'mapping':
      return <MappingScaffold phase={phase} />;
    case 'action-plan':
      return <ActionPlanScaffold phase={phase} />;
    default:
      return null;
  }
}

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel scaffold" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** Plain lines of text as a list; numbered when their order matters. */
function TextItems({ items, ordered = false }: { items: readonly string[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </List>
  );
}

function DiscussionScaffold({ session, phase }: { session: Session; phase: DiscussionPhase }) {
  const units = useUnits(session.id);
  const rules = phase.groundRules ?? [];
  const prompts = phase.scaffoldPrompts ?? [];
  const allocation = phase.oneTopicPerTable ? topicAllocation(phase.topics, units ?? []) : [];
  if (rules.length === 0 && prompts.length === 0 && allocation.length === 0) return null;
  return (
    <>
      {rules.length > 0 ? (
        <Block id="ground-rules-title" title="Ground rules (read them out; not projected)">
          <TextItems items={rules} ordered />
        </Block>
      ) : null}
      {prompts.length > 0 ? (
        <Block id="case-prompts-title" title="Case-study prompts">
          <p className="muted">
            {session.caseStudy.trim() === ''
              ? 'The case study is blank in Setup: talk the room through these instead.'
              : 'Use these to draw out the case study; tables answer them for our own institution.'}
          </p>
          <TextItems items={prompts} />
        </Block>
      ) : null}
      {allocation.length > 0 ? (
        <Block id="topic-tables-title" title="One topic per table (suggested)">
          <ul>
            {allocation.map((a) => (
              <li key={a.key}>
                <strong>{a.who}</strong>: {a.topic}
              </li>
            ))}
          </ul>
        </Block>
      ) : null}
    </>
  );
}

function MappingScaffold({ phase }: { phase: MappingPhase }) {
  const rows = strengthKey(phase);
  const note = phase.smallProviderNote?.trim() ?? '';
  if (rows.length === 0 && note === '') return null;
  return (
    <Block id="strength-key-title" title="Strength levels and examples">
      <StrengthKeyTable rows={rows} caption="What each strength level means" className="strength-key" />
      {note ? (
        <p className="small-provider-note">
          <strong>Small or private providers:</strong> {note}
        </p>
      ) : null}
    </Block>
  );
}

function ActionPlanScaffold({ phase }: { phase: ActionPlanPhase }) {
  if (!phase.workedExample) return null;
  return (
    <Block id="worked-example-title" title="Worked example of a SMART action">
      <WorkedExampleList phase={phase} className="worked-example" />
    </Block>
  );
}
