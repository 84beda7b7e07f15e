import type { ReactNode } from 'react';
import type { Session } from '../../../shared/session/schema';
import { actionPlanPhaseOf, channelsPhaseOf, mappingPhaseOf, quizPhaseOf, selectedStatements } from '../../../shared/template/agenda';
import type { ActionPlanPhase, ChannelsPhase, ClosePhase, DiscussionPhase, MappingPhase, QuizPhase } from '../../../shared/template/schema';
import { actionLabels, ANSWER_VALUES, ANSWER_WORDS, cellName, gapRule } from '../../../shared/vocabulary';
import { MapGrid } from './MapGrid';
import { strengthScale } from './map-view';
import { CaseStudySheet, MapKeyBlock, WorkedExampleSheet } from './ScaffoldSheets';
import { quizSheetNames, type WorksheetSet } from './worksheet-model';
import { CircleOne, LIVED_OPTIONS, SheetHead, WriteLines } from './worksheet-parts';
import { ColumnHeads, NUMBER_HEAD } from '../../components/ColumnHeads';

function QuizSheet({ session, phase, set, name }: { session: Session; phase: QuizPhase; set: WorksheetSet; name: string | null }) {
  const statements = selectedStatements(phase);
  return (
    <section className="pr-sheet" aria-label={`${phase.title}${name ? `, ${name}` : ''}`}>
      <SheetHead title={phase.title} session={session} set={set} name={name} />
      <p>Tick one box for each statement.</p>
      <table className="pr-table pr-quiz-sheet">
        <ColumnHeads labels={[NUMBER_HEAD, 'Statement', { label: 'True', className: 'pr-tick' }, { label: 'False', className: 'pr-tick' }]} />
        <tbody>
          {statements.map((statement, index) => (
            <tr key={statement.id}>
              <td className="pr-num">{index + 1}</td>
              <td>{statement.text}</td>
              {ANSWER_VALUES.map((value) => ANSWER_WORDS[value]).map((word) => (
                <td key={word} className="pr-tick">
                  <span className="pr-box" role="img" aria-label={`${word} box`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Entry slots per cell; more entries go in the table overleaf. */
const SLOTS_PER_CELL = 2;
const EXTRA_ENTRY_ROWS = 12;
/** The strength key takes the top of the second sheet. */
const EXTRA_ENTRY_ROWS_WITH_KEY = 9;

function MapSheet({ session, phase, set }: { session: Session; phase: MappingPhase; set: WorksheetSet }) {
  const { strengths } = strengthScale(phase);
  const levels = strengths.map((s) => String(s.level));
  const frequencies = phase.frequencies.map((f) => f.label).join(' · ');
  const hasKey = phase.strengths.some((s) => s.definition || s.example) || !!phase.smallProviderNote;
  return (
    <>
      <section className="pr-sheet" aria-label={phase.title}>
        <SheetHead title={phase.title} session={session} set={set} />
        <p>
          For each place you engage, write what it is in the cell for its column and row, then {phase.partnerLabel.toLowerCase()}, how often,
          its strength and whether students with lived experience take part.
        </p>
        <div className="pr-legend">
          <p>
            <strong>Strength (circle one):</strong> {strengths.map((s) => `${s.level} ${s.label}`).join(' · ')}. A cell is a gap when it has {gapRule(phase)}.
            {hasKey ? ' What each level means, with examples: see the next sheet.' : ''}
          </p>
          <p>
            <strong>How often:</strong> {frequencies}
          </p>
        </div>
        <MapGrid
          phase={phase}
          caption="Engagement map"
          className="pr-map-blank"
          renderCell={(row, column) => (
            <div className="pr-slots" aria-label={`Space for entries in ${cellName(phase, column.id, row.id)}`}>
              {Array.from({ length: SLOTS_PER_CELL }, (_, i) => (
                <div key={i} className="pr-slot">
                  <span className="pr-slot-line">
                    <span className="pr-slot-label">What</span>
                    <span className="pr-blank" />
                  </span>
                  <span className="pr-slot-line">
                    <span className="pr-slot-label">{phase.partnerLabel}</span>
                    <span className="pr-blank" />
                  </span>
                  <span className="pr-slot-line">
                    <span className="pr-slot-label">How often</span>
                    <span className="pr-blank" />
                  </span>
                  <span className="pr-slot-line">
                    <span className="pr-slot-label">Strength</span> <CircleOne options={levels} />
                  </span>
                  <span className="pr-slot-line">
                    <span className="pr-slot-label">Lived experience</span> <CircleOne options={LIVED_OPTIONS} />
                  </span>
                </div>
              ))}
            </div>
          )}
        />
      </section>
      <section className="pr-sheet" aria-label={`${phase.title}: more entries`}>
        <SheetHead title={`${phase.title}: more entries`} session={session} set={set} />
        <MapKeyBlock phase={phase} />
        <p>When a cell is full, carry on here. Write the cell as column and row (for example “{phase.columns[0]?.label} × {phase.rows[0]?.label}”).</p>
        <table className="pr-table pr-write-table pr-entries-sheet">
          <ColumnHeads
            labels={['Cell (column × row)', 'What it is', phase.partnerLabel, 'How often', `Strength (${levels.join(', ')})`, 'Lived experience', 'Note']}
            widths={['21%', '21%', '15%', '10%', '11%', '10%']}
          />
          <tbody>
            {Array.from({ length: hasKey ? EXTRA_ENTRY_ROWS_WITH_KEY : EXTRA_ENTRY_ROWS }, (_, i) => (
              <tr key={i}>
                {Array.from({ length: 7 }, (_, j) => (
                  <td key={j} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

const CHANNEL_ROWS = 8;

function ChannelsSheet({ session, phase, set, livedLabel }: { session: Session; phase: ChannelsPhase; set: WorksheetSet; livedLabel: string }) {
  return (
    <section className="pr-sheet" aria-label={phase.title}>
      <SheetHead title={phase.title} session={session} set={set} />
      {phase.audiencePrompt ? <p>{phase.audiencePrompt}</p> : null}
      {phase.suggestions.length > 0 ? (
        <p className="pr-muted">Ideas to start from: {phase.suggestions.map((s) => s.label).join(' · ')}</p>
      ) : null}
      <table className="pr-table pr-write-table pr-channels-sheet">
        <ColumnHeads labels={['Channel', 'Who it reaches', livedLabel, 'How the union could support it']} widths={['25%', '25%', '17%']} />
        <tbody>
          {Array.from({ length: CHANNEL_ROWS }, (_, i) => (
            <tr key={i}>
              <td />
              <td />
              <td>
                <CircleOne options={LIVED_OPTIONS} />
              </td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const ACTION_FORMS = 3;

function ActionPlanSheet({ session, phase, mapping, set }: { session: Session; phase: ActionPlanPhase; mapping: MappingPhase | undefined; set: WorksheetSet }) {
  const labels = actionLabels(phase);
  const stage = mapping ? <CircleOne options={mapping.rows.map((r) => r.label)} /> : <WriteLines lines={1} />;
  // Short fields share a line, so three actions fit on one page.
  const wide = (label: string, content: ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      <td colSpan={3}>{content}</td>
    </tr>
  );
  const pair = (a: [string, ReactNode], b: [string, ReactNode]) => (
    <tr>
      <th scope="row">{a[0]}</th>
      <td>{a[1]}</td>
      <th scope="row">{b[0]}</th>
      <td>{b[1]}</td>
    </tr>
  );
  const line = <WriteLines lines={1} />;
  return (
    <section className="pr-sheet" aria-label={phase.title}>
      <SheetHead title={phase.title} session={session} set={set} />
      {phase.audiencePrompt ? <p>{phase.audiencePrompt}</p> : null}
      {Array.from({ length: ACTION_FORMS }, (_, i) => (
        <table key={i} className="pr-action-form">
          <caption>Action {i + 1}</caption>
          <colgroup>
            <col className="pr-form-label" />
            <col />
            <col className="pr-form-label" />
            <col />
          </colgroup>
          <tbody>
            {wide(labels.what, <WriteLines lines={2} />)}
            {wide(labels.why, line)}
            {pair([labels.owner, line], [labels.partner, line])}
            {pair([labels.firstStep, line], [labels.byWhen, line])}
            {wide(labels.stage, stage)}
            {wide(labels.success, line)}
            {pair([labels.priority, <CircleOne options={phase.priorities.map((p) => p.label)} />], [labels.livedExperience, <CircleOne options={LIVED_OPTIONS} />])}
          </tbody>
        </table>
      ))}
    </section>
  );
}

/** One set of paper worksheets, in the order the workshop uses them; `lead` (the join sheet) goes first. */
export function WorksheetSetView({ session, set, lead }: { session: Session; set: WorksheetSet; lead?: ReactNode }) {
  const template = session.template;
  const quiz = quizPhaseOf(template);
  const mapping = mappingPhaseOf(template);
  const channels = channelsPhaseOf(template);
  const plan = actionPlanPhaseOf(template);
  const livedLabel = actionLabels(plan ?? null).livedExperience;
  const caseStudy = template.phases.find((p): p is DiscussionPhase => p.kind === 'discussion' && (p.scaffoldPrompts?.length ?? 0) > 0);
  const close = template.phases.find((p): p is ClosePhase => p.kind === 'close');
  const head = (title: string) => <SheetHead title={title} session={session} set={set} />;
  return (
    <div className="pr-set" aria-label={set.unit ? `Worksheets for ${set.unit.name}` : 'Blank worksheets'}>
      {lead}
      {quiz ? quizSheetNames(set, session.quizMode).map((name, i) => <QuizSheet key={`quiz-${i}`} session={session} phase={quiz} set={set} name={name} />) : null}
      {caseStudy ? <CaseStudySheet head={head(`${caseStudy.title}: case study`)} session={session} phase={caseStudy} /> : null}
      {mapping ? <MapSheet session={session} phase={mapping} set={set} /> : null}
      {channels ? <ChannelsSheet session={session} phase={channels} set={set} livedLabel={livedLabel} /> : null}
      {plan?.workedExample || (plan && close) ? <WorkedExampleSheet head={head(`${plan.title}: worked example`)} phase={plan} close={close} /> : null}
      {plan ? <ActionPlanSheet session={session} phase={plan} mapping={mapping} set={set} /> : null}
    </div>
  );
}
