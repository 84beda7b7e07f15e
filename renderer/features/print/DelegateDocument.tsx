import { formatSessionWhen } from '../../format';
import { ActionsTable } from './ActionsTable';
import { ChannelsTable } from './ChannelsTable';
import type { DelegateDoc } from './delegate-model';
import { actionLabels, ANSWER_WORDS, answerWord, plural, ROUND_WORDS, unitKindWord } from '../../../shared/vocabulary';
import { UnitMapGrid } from './UnitMapGrid';
import { ColumnHeads, NUMBER_HEAD } from '../../components/ColumnHeads';


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
        <section className="pr-section" aria-labelledby={`map-${doc.delegate.id}`}>
          <h2 id={`map-${doc.delegate.id}`}>{map.phase.title}</h2>
          {map.map.totalEntries === 0 ? <p>No entries were recorded for {unitName} map.</p> : null}
          <UnitMapGrid view={map} caption={`Engagement map of ${unit.kind === 'delegate' ? doc.delegate.name : unit.name}`} />
        </section>
      ) : null}
      {unit && channelsPhase ? (
        <section className="pr-section" aria-labelledby={`channels-${doc.delegate.id}`}>
          <h2 id={`channels-${doc.delegate.id}`}>{channelsPhase.title}</h2>
          {doc.channels.length === 0 ? (
            <p>No channels were recorded.</p>
          ) : (
            <ChannelsTable channels={doc.channels} caption={`Channels (${doc.channels.length})`} livedExperienceLabel={labels.livedExperience} />
          )}
        </section>
      ) : null}
      {unit && actionPhase ? (
        <section className="pr-section" aria-labelledby={`plan-${doc.delegate.id}`}>
          <h2 id={`plan-${doc.delegate.id}`}>{actionPhase.title}</h2>
          {doc.actions.length === 0 ? (
            <p>No actions were recorded.</p>
          ) : (
            <ActionsTable
              actions={doc.actions}
              actionPhase={actionPhase}
              mapping={map?.phase ?? null}
              channels={doc.allChannels}
              cards={doc.cards}
              caption={`Action plan (${plural(doc.actions.length, 'action')})`}
            />
          )}
        </section>
      ) : null}
      <QuizResult doc={doc} />
    </article>
  );
}
