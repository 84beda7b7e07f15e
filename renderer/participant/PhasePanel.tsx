/** @jsxImportSource preact */
import type { Submission } from '../../shared/join/submission';
import type { DeviceView } from '../../shared/join/view';
import type { ActionInput } from '../../shared/work/action-input';
import type { ChannelInput } from '../../shared/work/channel-input';
import type { MapEntryInput } from '../../shared/work/map-entry-input';
import type { JoinApi } from './api';
import { ActionForm } from './ActionForm';
import { ChannelForm } from './ChannelForm';
import { MapEntryForm } from './MapEntryForm';
import type { OutboxItem } from './outbox';
import { PdfDownload } from './PdfDownload';
import { QuizPanel } from './QuizPanel';
import { WorkList, type WorkLine } from './WorkList';

/** A refused submission put back into its form. */
export type Restored = { kind: 'map-entry'; input: MapEntryInput } | { kind: 'channel'; input: ChannelInput } | { kind: 'action'; input: ActionInput };

interface Props {
  view: DeviceView;
  waiting: ReadonlyArray<OutboxItem<Submission>>;
  restored: Restored | null;
  onSubmit: (submission: Submission, label: string) => void;
  api: JoinApi;
  token: string;
}

function waitingLines<K extends Submission['kind']>(waiting: Props['waiting'], kind: K): WorkLine[] {
  return waiting
    .filter((i) => i.submission.kind === kind && i.refused === null)
    .map((i) => ({ key: i.clientId, text: i.label.slice(i.label.indexOf(':') + 2), waiting: true }));
}

function NoTable() {
  return <p>You are not at a table yet. Ask the facilitator to place you, or join again as your table.</p>;
}

/** Only what the room is doing now: the quiz statement, the table's form for this phase, or the screen's prompt. */
export function PhasePanel({ view, waiting, restored, onSubmit, api, token }: Props) {
  const { phase, forms, table, you } = view;
  const tableName = you.unitName ?? you.name;
  const closing = view.finished || phase.kind === 'close';
  const heading = (
    <>
      <h1>{phase.title}</h1>
      {phase.prompt ? <p>{phase.prompt}</p> : null}
    </>
  );

  if (closing) {
    return (
      <>
        <h1>{view.finished ? 'The session has finished' : phase.title}</h1>
        <p>Thank you for taking part.</p>
        {view.canDownloadPdf ? (
          <PdfDownload api={api} token={token} />
        ) : (
          <p class="muted">{you.as.kind === 'table' ? 'Each delegate downloads their own PDF on their own phone.' : 'Your PDF will be ready here once the facilitator allows it.'}</p>
        )}
      </>
    );
  }

  if (phase.kind === 'quiz' && view.quiz) {
    const quiz = view.quiz;
    const answers = waiting.filter(
      (i) => i.refused === null && i.submission.kind === 'quiz-answer' && i.submission.statementId === quiz.statementId && i.submission.round === quiz.round,
    );
    return <QuizPanel key={`${quiz.statementId}:${quiz.round}`} quiz={quiz} waiting={answers} onAnswer={onSubmit} />;
  }

  if (phase.kind === 'mapping' && forms.mapping) {
    const mapping = forms.mapping;
    const label = (id: string, list: ReadonlyArray<{ id: string; label: string }>) => list.find((x) => x.id === id)?.label ?? id;
    return (
      <>
        {heading}
        {table ? (
          <>
            <MapEntryForm mapping={mapping} tableName={tableName} onAdd={onSubmit} restored={restored?.kind === 'map-entry' ? restored.input : null} />
            <WorkList
              title={`Map of ${tableName}`}
              empty="No entries yet."
              lines={[
                ...table.entries.map((e) => ({
                  key: e.id,
                  text: `${e.what} — ${label(e.columnId, mapping.columns)}, ${label(e.rowId, mapping.rows)}, ${label(e.strengthId, mapping.strengths)}`,
                  waiting: false,
                })),
                ...waitingLines(waiting, 'map-entry'),
              ]}
            />
          </>
        ) : (
          <NoTable />
        )}
      </>
    );
  }

  if (phase.kind === 'channels' && forms.channels) {
    return (
      <>
        {heading}
        {table ? (
          <>
            <ChannelForm channels={forms.channels} tableName={tableName} onAdd={onSubmit} restored={restored?.kind === 'channel' ? restored.input : null} />
            <WorkList
              title={`Channels of ${tableName}`}
              empty="No channels yet."
              lines={[...table.channels.map((c) => ({ key: c.id, text: c.name, waiting: false })), ...waitingLines(waiting, 'channel')]}
            />
          </>
        ) : (
          <NoTable />
        )}
      </>
    );
  }

  if (phase.kind === 'action-plan' && forms.actionPlan) {
    return (
      <>
        {heading}
        {table ? (
          <>
            <ActionForm
              actionPlan={forms.actionPlan}
              mapping={forms.mapping}
              tableName={tableName}
              onAdd={onSubmit}
              restored={restored?.kind === 'action' ? restored.input : null}
            />
            <WorkList
              title={`Action plan of ${tableName}`}
              empty="No actions yet."
              lines={[...table.actions.map((a) => ({ key: a.id, text: `${a.what} — ${a.owner}`, waiting: false })), ...waitingLines(waiting, 'action')]}
            />
          </>
        ) : (
          <NoTable />
        )}
      </>
    );
  }

  return (
    <>
      {heading}
      <p class="muted">Follow the screen and the facilitator. This page changes by itself when there is something to do here.</p>
    </>
  );
}
