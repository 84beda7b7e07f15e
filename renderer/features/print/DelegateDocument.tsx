import type { ReactNode } from 'react';
import { formatSessionWhen } from '../../format';
import { ActionsTable } from './ActionsTable';
import { ChannelsTable } from './ChannelsTable';
import type { DelegateDoc } from './delegate-model';
import { actionLabels, ANSWER_WORDS, answerWord, plural, ROUND_WORDS, unitKindWord } from '../../../shared/vocabulary';
import { UnitMapGrid } from './UnitMapGrid';
import { ColumnHeads, NUMBER_HEAD } from '../../components/ColumnHeads';

/** A titled section of the document, labelled by its own heading; `empty` says in words that nothing was recorded, in place of the content. */
function DocSection({ id, title, empty = null, children }: { id: string; title: string; empty?: string | null; children: ReactNode }) {
  return (
    <section className="pr-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty !== null ? <p>{empty}</p> : children}
    </section>
  );
}

function CoverBlock({ doc }: { doc: DelegateDoc }) {
  const { session, delegate, unit, unitMates } = doc;
  const when = formatSessionWhen(session);
  const role = [delegate.role, delegate.institution].filter(Boolean).join(', ');
  const unitText = !unit
    ? 'Not in a group or table'
    : unit.kind === 'delegate'
      ? unitKindWord(unit)
      : `${unitKindWord(unit)}: ${unit.name}${unitMates.length > 0 ? ` (with ${unitMates.map((d) => d.name).join(', ')})` : ''}`;
  // Term and value; a fact the session does not have is left out.
  const facts = (
    [
      ['Campus', session.campus],
      ['Venue', session.venue],
      ['Date', when],
      ['Delegate', delegate.name],
      ['Role', role],
      ['Unit', unitText],
    ] as const
  ).filter(([, value]) => value);
  return (
    <header className="pr-cover">
      <p className="pr-kicker">Workshop record</p>
      <h1>{session.title}</h1>
      <dl className="pr-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className={term === 'Delegate' ? 'pr-strong' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

function QuizResult({ doc }: { doc: DelegateDoc }) {
  const quiz = doc.quiz;
  if (!quiz) return null;
  const rounds = quiz.rounds.map((r) => r.round);
  return (
    <section className="pr-section" aria-labelledby={`quiz-${doc.delegate.id}`}>
      <h2 id={`quiz-${doc.delegate.id}`}>Your quiz answers</h2>
      <p>
        {quiz.rounds
          .map(({ round, score }) => `${rounds.length > 1 ? `${ROUND_WORDS[round]}: ` : ''}${score.correct} of ${score.total} right`)
          .join(' · ')}
      </p>
      <table className="pr-table pr-quiz-own">
        <ColumnHeads
          labels={[
            NUMBER_HEAD,
            'Statement',
            ...rounds.map((round) => (rounds.length > 1 ? `Your answer (${ROUND_WORDS[round].toLowerCase()})` : 'Your answer')),
            'Correct answer',
          ]}
        />
        <tbody>
          {quiz.rows.map((row) => (
            <tr key={row.statement.id}>
              <td className="pr-num">{row.number}</td>
              <td>{row.statement.text}</td>
              {rounds.map((round) => {
                const answer = row.answers[round];
                const right = answer !== undefined && answer === (row.statement.answer ? 'true' : 'false');
                return (
                  <td key={round}>
                    {answer === undefined ? 'No answer' : `${ANSWER_WORDS[answer]} (${right ? 'right' : 'not right'})`}
                  </td>
                );
              })}
              <td>{answerWord(row.statement.answer)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One delegate's pages: cover, the unit's map, channels and action plan, and their own quiz result. */
export function DelegateDocument({ doc }: { doc: DelegateDoc }) {
  const { unit, map, channelsPhase, actionPhase } = doc;
  const unitName = unit ? (unit.kind === 'delegate' ? 'your' : `${unit.name}'s`) : 'your';
  const labels = actionLabels(actionPhase);
  return (
    <article className="pr-delegate" aria-label={`Workshop record for ${doc.delegate.name}`}>
      <CoverBlock doc={doc} />
      {!unit ? <p className="pr-note">You were not in a group or table when maps and plans were recorded, so there is no map or plan here.</p> : null}
      {unit && map ? (
        <DocSection id={`map-${doc.delegate.id}`} title={map.phase.title}>
          {map.map.totalEntries === 0 ? <p>No entries were recorded for {unitName} map.</p> : null}
          <UnitMapGrid view={map} caption={`Engagement map of ${unit.kind === 'delegate' ? doc.delegate.name : unit.name}`} />
        </DocSection>
      ) : null}
      {unit && channelsPhase ? (
        <DocSection
          id={`channels-${doc.delegate.id}`}
          title={channelsPhase.title}
          empty={doc.channels.length === 0 ? 'No channels were recorded.' : null}
        >
          <ChannelsTable channels={doc.channels} caption={`Channels (${doc.channels.length})`} livedExperienceLabel={labels.livedExperience} />
        </DocSection>
      ) : null}
      {unit && actionPhase ? (
        <DocSection id={`plan-${doc.delegate.id}`} title={actionPhase.title} empty={doc.actions.length === 0 ? 'No actions were recorded.' : null}>
          <ActionsTable
            actions={doc.actions}
            actionPhase={actionPhase}
            mapping={map?.phase ?? null}
            channels={doc.allChannels}
            cards={doc.cards}
            caption={`Action plan (${plural(doc.actions.length, 'action')})`}
          />
        </DocSection>
      ) : null}
      <QuizResult doc={doc} />
    </article>
  );
}
