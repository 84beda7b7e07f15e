import './scaffold-sheets.css';
import type { ReactNode } from 'react';
import type { Session } from '../../../shared/session/schema';
import type { ActionPlanPhase, ClosePhase, DiscussionPhase, MappingPhase } from '../../../shared/template/schema';
import { strengthKey } from '../scaffold/scaffold-model';
import { StrengthKeyTable } from '../scaffold/StrengthKeyTable';
import { WorkedExampleList } from '../scaffold/WorkedExampleList';

/** Ruled lines to write on (the worksheet's own style). */
function Lines({ count }: { count: number }) {
  return (
    <span className="pr-write" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="pr-write-line" />
      ))}
    </span>
  );
}

/** The template's scaffolding sheets; `head` is the worksheet's own sheet header, passed in. */

/** Discussion 1 on paper: the case study (or its prompts to answer), the table's topic, benefits and challenges. */
export function CaseStudySheet({ head, session, phase }: { head: ReactNode; session: Session; phase: DiscussionPhase }) {
  const prompts = phase.scaffoldPrompts ?? [];
  return (
    <section className="pr-sheet pr-case-sheet" aria-label={`${phase.title}: case study`}>
      {head}
      {phase.audiencePrompt ? <p>{phase.audiencePrompt}</p> : null}
      {session.caseStudy.trim() !== '' ? (
        <div className="pr-case-text">
          <p className="pr-strong">Our case study</p>
          <p className="pr-pre-line">{session.caseStudy}</p>
        </div>
      ) : null}
      {phase.oneTopicPerTable && phase.topics.length > 0 ? (
        <p>
          <span className="pr-strong">Our table&rsquo;s topic (circle one):</span>{' '}
          <span className="pr-circle-one">
            {phase.topics.map((t) => (
              <span key={t.id} className="pr-option">
                {t.title}
              </span>
            ))}
          </span>
        </p>
      ) : null}
      {prompts.length > 0 ? (
        <>
          <p className="pr-strong">Case-study prompts: what is true of our institution?</p>
          <ol className="pr-case-prompts">
            {prompts.map((prompt, i) => (
              <li key={i}>
                {prompt}
                <Lines count={2} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <div className="pr-two-up">
        <div>
          <p className="pr-strong">Benefits</p>
          <Lines count={5} />
        </div>
        <div>
          <p className="pr-strong">Challenges</p>
          <Lines count={5} />
        </div>
      </div>
    </section>
  );
}

/** The strength key and the small-provider note, for the map's second sheet. */
export function MapKeyBlock({ phase }: { phase: MappingPhase }) {
  const rows = strengthKey(phase);
  const note = phase.smallProviderNote?.trim() ?? '';
  if (rows.length === 0 && note === '') return null;
  return (
    <div className="pr-map-key">
      <StrengthKeyTable rows={rows} caption="Strength levels: what each means, with an example" className="pr-table pr-strength-key" />
      {note ? (
        <p className="pr-small-note">
          <span className="pr-strong">Small or private providers:</span> {note}
        </p>
      ) : null}
    </div>
  );
}

/** A worked SMART action to copy the shape of, then the table's commitment and the follow-up date for the close. */
export function WorkedExampleSheet({ head, phase, close }: { head: ReactNode; phase: ActionPlanPhase; close: ClosePhase | undefined }) {
  return (
    <section className="pr-sheet" aria-label={`${phase.title}: worked example`}>
      {head}
      {phase.workedExample ? (
        <>
          <p>
            A SMART action is specific, measurable, achievable, relevant and time-bound. This worked example shows the shape; write your own actions on the
            next sheet.
          </p>
          <WorkedExampleList phase={phase} className="pr-worked-example" />
        </>
      ) : null}
      {close ? (
        <div className="pr-commitment">
          <p className="pr-strong">{close.title}</p>
          <p>Our commitment to read out at the close (the action, its owner and the date of its first step):</p>
          <Lines count={3} />
          <p>
            <span className="pr-fill-label">Follow-up date</span> <span className="pr-blank" />
          </p>
        </div>
      ) : null}
    </section>
  );
}
