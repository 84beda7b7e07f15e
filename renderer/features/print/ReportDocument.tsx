import { AnswerChart } from '../../components/AnswerChart';
import { formatSessionWhen } from '../../format';
import { ActionsTable } from './ActionsTable';
import { PrintHeatGrid } from './PrintHeatGrid';
import { actionLabels, answerWord, formatChange, formatDifference, formatDuration, formatShare, NOT_RUN, plural, ROUND_WORDS } from '../../../shared/vocabulary';
import type { SessionReport } from './report-model';


function formatClockTime(ms: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
}

function Counts({ report }: { report: SessionReport }) {
  const c = report.counts;
  const items: [string, string][] = [
    ['Delegates', String(c.delegates)],
    ['Units', String(c.units)],
    ['Map entries', `${c.entries} from ${plural(c.unitsWithEntries, 'unit')}`],
    ['Channels', String(c.channels)],
    ['Actions', `${c.actions} from ${plural(c.unitsWithActions, 'unit')}`],
    ['Discussion cards', String(c.cards)],
    ['Plans marked complete', `${c.plansComplete} of ${c.units}`],
  ];
  return (
    <section className="pr-section" aria-labelledby="report-counts">
      <h2 id="report-counts">In numbers</h2>
      <dl className="pr-counts">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Agenda({ report }: { report: SessionReport }) {
  const { agenda } = report;
  const run = agenda.run;
  return (
    <section className="pr-section" aria-labelledby="report-agenda">
      <h2 id="report-agenda">Agenda as run</h2>
      {run ? (
        <p>
          Started {formatClockTime(run.startedAt)}
          {run.finishedAt !== null ? `, finished ${formatClockTime(run.finishedAt)}` : ', not finished when this report was made'}.
        </p>
      ) : (
        <p>The session has not been run, so no actual times were recorded.</p>
      )}
      <table className="pr-table pr-agenda">
        <thead>
          <tr>
            <th scope="col" className="pr-num">
              #
            </th>
            <th scope="col">Phase</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {agenda.rows.map((row, index) => (
            <tr key={row.phase.id}>
              <td className="pr-num">{index + 1}</td>
              <td>{row.phase.title}</td>
              <td>{formatDuration(row.plannedMs)}</td>
              <td>{row.actualMs === null ? NOT_RUN : formatDuration(row.actualMs)}</td>
              <td>{row.actualMs === null ? '' : formatDifference(row.actualMs - row.plannedMs)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">Total</th>
            <td>{formatDuration(agenda.plannedTotalMs)}</td>
            <td>{run ? formatDuration(agenda.actualTotalMs) : ''}</td>
            <td>{run ? formatDifference(agenda.actualTotalMs - agenda.plannedTotalMs) : ''}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function Quiz({ report }: { report: SessionReport }) {
  const quiz = report.quiz;
  if (!quiz) return null;
  const rounds = quiz.after ? [quiz.before, quiz.after] : [quiz.before];
  if (quiz.before.overall === null && !quiz.after) {
    return (
      <section className="pr-section" aria-labelledby="report-quiz">
        <h2 id="report-quiz">{quiz.phase.title}</h2>
        <p>No quiz answers were recorded.</p>
      </section>
    );
  }
  return (
    <section className="pr-section" aria-labelledby="report-quiz">
      <h2 id="report-quiz">{quiz.phase.title}</h2>
      <p>
        {rounds
          .map((r) => `${quiz.after ? `${ROUND_WORDS[r.round]}: ` : ''}${formatShare(r.overall)} of answers right`)
          .join(' · ')}
      </p>
      {quiz.statements.map((statement, index) => (
        <div key={statement.id} className="pr-statement">
          <h3>
            {index + 1}. {statement.text}
          </h3>
          <p className="pr-muted">
            {/* Explanations usually begin with the answer already ("True. The Education Act…"). */}
            {statement.explanation.startsWith(answerWord(statement.answer)) ? '' : `Answer: ${answerWord(statement.answer)}. `}
            {statement.explanation}
          </p>
          <div className={`pr-charts ${quiz.after ? 'pr-charts-two' : ''}`}>
            {rounds.map((r) => {
              const summary = r.summaries[index];
              if (!summary) return null;
              return (
                <div key={r.round} className="pr-chart">
                  {quiz.after ? <p className="pr-chart-title">{ROUND_WORDS[r.round]}</p> : null}
                  <AnswerChart
                    counts={summary.counts}
                    correctAnswer={statement.answer}
                    caption={`Answers to statement ${index + 1}${quiz.after ? `, ${ROUND_WORDS[r.round].toLowerCase()}` : ''}`}
                  />
                </div>
              );
            })}
          </div>
        </div>
      ))}
      {quiz.comparison ? (
        <table className="pr-table pr-compare">
          <caption>Before and after: share of answers right</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-num">
                #
              </th>
              <th scope="col">Statement</th>
              <th scope="col">{ROUND_WORDS.before}</th>
              <th scope="col">{ROUND_WORDS.after}</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {quiz.comparison.map((row) => {
              const number = quiz.statements.findIndex((s) => s.id === row.statementId) + 1;
              const statement = quiz.statements[number - 1];
              return (
                <tr key={row.statementId}>
                  <td className="pr-num">{number > 0 ? number : ''}</td>
                  <td>{statement?.text ?? row.statementId}</td>
                  <td>{formatShare(row.before)}</td>
                  <td>{formatShare(row.after)}</td>
                  <td>{formatChange(row.change)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function Discussions({ report }: { report: SessionReport }) {
  if (report.discussions.length === 0) return null;
  return (
    <section className="pr-section" aria-labelledby="report-discussions">
      <h2 id="report-discussions">Discussions</h2>
      {report.discussions.map(({ phase, groups, cardCount }) => (
        <div key={phase.id} className="pr-discussion">
          <h3>{phase.title}</h3>
          {cardCount === 0 ? <p>No cards were recorded.</p> : null}
          {groups.map((group) => (
            <div key={group.theme?.id ?? 'unthemed'} className="pr-theme">
              <h4>
                {group.theme ? group.theme.name : 'Not in a theme'}{' '}
                <span className="pr-muted">
                  ({plural(group.cards.length, 'card')}, {plural(group.totalVotes, 'vote')})
                </span>
              </h4>
              {group.cards.length > 0 ? (
                <ul className="pr-cards">
                  {group.cards.map((card) => (
                    <li key={card.id}>
                      {card.text} <span className="pr-muted">({plural(card.votes, 'vote')}{card.actionCandidate ? ', action candidate' : ''})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}

function Channels({ report }: { report: SessionReport }) {
  const channels = report.channels;
  if (!channels) return null;
  const livedLabel = actionLabels(report.actionPhase).livedExperience;
  return (
    <section className="pr-section" aria-labelledby="report-channels">
      <h2 id="report-channels">{channels.phase.title}: channels ranked</h2>
      {channels.ranked.length === 0 ? (
        <p>No channels were recorded.</p>
      ) : (
        <table className="pr-table pr-ranked">
          <thead>
            <tr>
              <th scope="col" className="pr-num">
                #
              </th>
              <th scope="col">Channel</th>
              <th scope="col">Units using it</th>
              <th scope="col">{livedLabel}</th>
              <th scope="col">How the union could support it</th>
            </tr>
          </thead>
          <tbody>
            {channels.ranked.map((channel, index) => (
              <tr key={channel.key}>
                <td className="pr-num">{index + 1}</td>
                <td className="pr-strong">{channel.name}</td>
                <td>{channel.unitCount}</td>
                <td>{plural(channel.livedExperienceCount, 'unit')}</td>
                <td>
                  {channel.unionSupportIdeas.length > 0 ? (
                    <ul className="pr-ideas">
                      {channel.unionSupportIdeas.map((idea) => (
                        <li key={idea}>{idea}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ActionPlans({ report }: { report: SessionReport }) {
  const phase = report.actionPhase;
  if (!phase) return null;
  const stageLabel = actionLabels(phase).stage;
  return (
    <section className="pr-section" aria-labelledby="report-actions">
      <h2 id="report-actions">
        {phase.title}: all actions by {stageLabel.toLowerCase()}
      </h2>
      {report.counts.actions === 0 ? <p>No actions were recorded.</p> : null}
      {report.counts.actions > 0
        ? report.actionGroups.map((group) => (
            <div key={group.rowId ?? 'none'} className="pr-action-group">
              <h3>
                {group.label} <span className="pr-muted">({plural(group.actions.length, 'action')})</span>
              </h3>
              {group.actions.length > 0 ? (
                <ActionsTable
                  actions={group.actions}
                  actionPhase={phase}
                  mapping={report.roomMap?.phase ?? null}
                  channels={report.channelsForLinks}
                  cards={report.cardsForLinks}
                  units={report.units}
                />
              ) : null}
            </div>
          ))
        : null}
    </section>
  );
}

/** The whole session on paper, for the team and the union after the event. */
export function ReportDocument({ report }: { report: SessionReport }) {
  const { session } = report;
  const when = formatSessionWhen(session);
  return (
    <article className="pr-report" aria-labelledby="report-title">
      <header className="pr-cover">
        <p className="pr-kicker">Session report</p>
        <h1 id="report-title">{session.title}</h1>
        <p>
          {[session.campus, session.venue, when].filter(Boolean).join(' · ')}
          {session.facilitators.length > 0 ? ` · Facilitated by ${session.facilitators.join(', ')}` : ''}
        </p>
        <p className="pr-muted">Template: {session.template.title}</p>
      </header>
      <Counts report={report} />
      <Agenda report={report} />
      <Quiz report={report} />
      <Discussions report={report} />
      {report.roomMap ? (
        <section className="pr-section pr-keep" aria-labelledby="report-map">
          <h2 id="report-map">{report.roomMap.phase.title}: the room&apos;s map</h2>
          <PrintHeatGrid phase={report.roomMap.phase} map={report.roomMap.map} caption={`All units together (${plural(report.counts.unitsWithEntries, 'unit')} with entries)`} />
        </section>
      ) : null}
      <Channels report={report} />
      <ActionPlans report={report} />
    </article>
  );
}
