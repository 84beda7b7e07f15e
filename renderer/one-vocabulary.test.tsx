/**
 * One record, three surfaces: the console screen, the printed documents and the CSV files must
 * say the same thing in the same words (shared/vocabulary). Screen and print components are
 * rendered to markup here; the CSV comes from the export itself.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildSessionFixture } from '../shared/test-support/session-fixture';
import { sessionCsvFiles } from '../shared/output/session-csv';
import { actionPlanPhaseOf, mappingPhaseOf, quizPhaseOf } from '../shared/template/agenda';
import { getBuiltInTemplate } from '../shared/templates';
import { NOT_RUN } from '../shared/vocabulary';
import { aggregateRoomMap } from '../shared/work/room-map';
import type { RunWriter } from './data/run-hooks';
import { DelegateDocument } from './features/print/DelegateDocument';
import { buildDelegateDoc } from './features/print/delegate-model';
import { PrintHeatGrid } from './features/print/PrintHeatGrid';
import { ReportDocument } from './features/print/report-document/ReportDocument';
import { buildSessionReport } from './features/print/report-model';
import { AgendaRail } from './features/run/AgendaRail';
import { ANSWER_OPTIONS } from './features/run/quiz/answer-keys';
import { QuizSummary } from './features/run/quiz/QuizSummary';
import { TallyForm } from './features/run/quiz/TallyForm';
import { RoomHeatGrid } from './features/work/RoomHeatGrid';
import { ActionItem } from './features/work/unit-action-plan/ActionItem';
import { linkOptions } from './features/work/unit-action-plan/UnitActionPlan.utils';

const template = getBuiltInTemplate('students-union-co-creation')!;
const quiz = quizPhaseOf(template)!;
const mapping = mappingPhaseOf(template)!;
const statement = quiz.statements.find((s) => s.id === quiz.selectedStatementIds[0])!;
const discussionId = template.phases.find((p) => p.kind === 'discussion')!.id;
const CARD = 'Bursaries are hard to find: the page is three clicks deep and the form asks for evidence few students have';

/** Tallies of 100 answers with `correct` of them right, for a +1 point change between rounds. */
const tally = (round: 'before' | 'after', correct: number) => ({
  statementId: statement.id,
  round,
  trueCount: statement.answer ? correct : 100 - correct,
  falseCount: statement.answer ? 100 - correct : correct,
  unsureCount: 0,
});

const bundle = buildSessionFixture(
  {
    title: 'Roadshow',
    quizMode: 'tally',
    units: [
      {
        name: 'Table 1',
        delegates: [{ name: 'Ana Silva' }],
        entries: [
          { columnId: 'col-inst-governance', rowId: 'row-access', what: 'Governing body', strengthId: 'str-informed', livedExperience: 'unsure' },
          { columnId: 'col-su-governance', rowId: 'row-access', what: 'Union council', strengthId: 'str-consulted' },
          { columnId: 'col-unofficial', rowId: 'row-success', what: 'Peer mentors', strengthId: 'str-co-created' },
        ],
        channels: [{ name: 'Student ambassadors', livedExperience: 'unsure' }],
        actions: [{ what: 'Put bursaries on the front page', owner: 'Ana', livedExperience: 'unsure' }],
      },
    ],
    quizAnswers: [{ delegate: 'Ana Silva', statementId: statement.id, round: 'before', answer: 'unsure' }],
    quizTallies: [tally('before', 50), tally('after', 51)],
    cards: [{ phaseId: discussionId, text: CARD, actionCandidate: true }],
    run: { actualMinutes: { [quiz.id]: 65 } },
  },
  template,
);
// The fixture links actions to gaps and channels only; this one was built from the discussion card.
bundle.actions[0]!.link = { kind: 'card', cardId: bundle.cards[0]!.id };

/** The words a reader sees in rendered markup, on one line. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const delegate = bundle.delegates[0]!;
const report = buildSessionReport(bundle);
const printed = textOf(renderToStaticMarkup(<ReportDocument report={report} />)) + textOf(renderToStaticMarkup(<DelegateDocument doc={buildDelegateDoc(bundle, delegate.id)!} />));
const csv = Object.fromEntries(sessionCsvFiles(bundle).map((f) => [f.fileName, f.text]));

// The action plan screen: the link the delegate picked from the options, and the action as listed.
const action = bundle.actions[0]!;
const pickedLink = linkOptions({ mapping, unitId: action.unitId, entries: bundle.mapEntries, channels: bundle.channels, cards: bundle.cards }).find(
  (o) => o.link.kind === 'card',
)!;
const noElements = { get: () => undefined, ref: () => () => undefined };
const noop = () => undefined;

const screen = textOf(
  renderToStaticMarkup(
    <>
      <ActionItem
        action={action}
        first
        last
        phase={actionPlanPhaseOf(template)!}
        mapping={mapping}
        today="2026-11-23"
        linkLabel={pickedLink.label}
        items={noElements}
        moveButtons={noElements}
        onEdit={noop}
        onMove={noop}
        onDelete={noop}
      />
      <AgendaRail session={bundle.session} run={bundle.runState!} actions={{} as RunWriter} />
      <QuizSummary mode="tally" statements={[statement]} answers={[]} tallies={bundle.quizTallies} delegates={bundle.delegates} />
      <TallyForm tally={bundle.quizTallies[0]} onSave={() => Promise.resolve()} />
    </>,
  ),
);

describe('one vocabulary on screen, in print and in CSV', () => {
  it('describes an action built from a discussion card in one wording, shortened the same way', () => {
    const onScreen = pickedLink.label;
    expect(onScreen).toBe('Discussion point: Bursaries are hard to find: the page is three clicks deep and the form asks\u2026');
    expect(screen).toContain(onScreen);
    expect(printed).toContain(onScreen);
    expect(csv['actions.csv']).toContain(onScreen);
  });

  it('says "Not sure" for lived experience everywhere', () => {
    expect(screen).toMatch(/Put bursaries on the front page .*Not sure/);
    expect(printed).toMatch(/Put bursaries on the front page .*Not sure/);
    expect(printed).toMatch(/Student ambassadors .*Not sure/);
    for (const file of ['actions.csv', 'channels.csv', 'map-entries.csv']) {
      expect(csv[file]).toContain(',Not sure');
      expect(csv[file]).not.toMatch(/Unsure/i);
    }
  });

  it('words a quiz answer the same on the console buttons and tally, the delegate’s document and the CSV', () => {
    const word = ANSWER_OPTIONS.find((o) => o.value === 'unsure')!.label;
    expect(word).toBe('Not sure');
    expect(screen).toContain(`${word} `);
    expect(printed).toContain(`${word} (not right)`);
    expect(csv['quiz-answers.csv']).toContain(`,${word},No`);
    expect(csv['quiz-tallies.csv']).toContain(`,${word},`);
  });

  it('gives a phase that ran over an hour in hours and minutes', () => {
    expect(screen).toContain('1 h 5 min spent');
    expect(printed).toMatch(/1 h 5 min/);
    expect(printed).not.toMatch(/65 min/);
    // A phase never reached reads as the finished screen says it (tests/e2e/run-finished.spec.ts).
    expect(printed).toContain(`${NOT_RUN} `);
  });

  it('writes a one-point change in the singular with one dash for missing shares', () => {
    expect(screen).toContain('+1 point');
    expect(printed).toContain('+1 point');
    expect(screen).not.toContain('+1 points');
    expect(printed).not.toContain('+1 points');
    expect(screen).toContain('51%');
    expect(printed).toContain('51%');
  });

  it('shades every cell of the room map in the same band on the console and in print', () => {
    const map = aggregateRoomMap(mapping, bundle.mapEntries);
    const consoleHtml = renderToStaticMarkup(<RoomHeatGrid axes={mapping} cells={map.cells} caption="Room" variant="console" />);
    const printHtml = renderToStaticMarkup(<PrintHeatGrid phase={mapping} map={map} caption="Room" />);
    const bands = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);
    const onConsole = bands(consoleHtml, /class="heat-cell heat-(empty|low|mid|high)/g);
    const inPrint = bands(printHtml, /<td class="pr-heat-(empty|low|mid|high)/g);
    expect(onConsole).toHaveLength(mapping.rows.length * mapping.columns.length);
    expect(inPrint).toEqual(onConsole);
    // Informed, Consulted and Co-created each get their own band.
    expect(new Set(onConsole)).toEqual(new Set(['empty', 'low', 'mid', 'high']));
  });

  it('states the gap rule in the same words on the console and in print', () => {
    const rule = 'no entry at \u201cConsulted\u201d or above';
    const map = aggregateRoomMap(mapping, bundle.mapEntries);
    expect(textOf(renderToStaticMarkup(<RoomHeatGrid axes={mapping} cells={map.cells} caption="Room" variant="console" />))).toContain(rule);
    expect(printed).toContain(rule);
  });
});
