import type { ProjectorCardGroup, ProjectorQuiz, ProjectorSnapshot } from '../../../shared/run/projector-view';
import { formatClock, remainingMs, timerStatus, timerTone } from '../../../shared/run/timer';
import { answerWord, formatShare, plural } from '../../../shared/vocabulary';
import { AnswerChart } from '../../components/AnswerChart';
import { useNow } from '../run/use-now';
import { ProjectorChannelRanking } from '../work/ProjectorChannelRanking';
import { ProjectorRoomMap } from '../work/ProjectorRoomMap';

type Phase = NonNullable<ProjectorSnapshot['phase']>;

/** One slide from one snapshot: the phase title and timer, then the body for the phase's kind. */
export function ProjectorSlide({ snapshot }: { snapshot: ProjectorSnapshot }) {
  const phase = snapshot.phase;
  if (!phase) {
    return (
      <main className="projector-slide projector-holding">
        <h1>Back in a moment</h1>
      </main>
    );
  }
  return (
    <main className="projector-slide" aria-labelledby="slide-title">
      <header className="slide-head">
        <h1 id="slide-title">{phase.title}</h1>
        <ProjectorTimer timer={snapshot.timer} />
      </header>
      <SlideBody snapshot={snapshot} phase={phase} />
    </main>
  );
}

/**
 * The body by phase kind. This switch is the extension point for what each activity projects:
 * add a field to the snapshot in shared/run/projector-view.ts and render it in that phase kind's
 * case (the room map and channel ranking come from renderer/features/work).
 */
function SlideBody({ snapshot, phase }: { snapshot: ProjectorSnapshot; phase: Phase }) {
  // The quiz can also be on screen at the close, when the session repeats it.
  if (snapshot.quiz) return <QuizSlide quiz={snapshot.quiz} />;
  switch (phase.kind) {
    case 'discussion':
      return (
        <>
          <DiscussionSlide snapshot={snapshot} phase={phase} />
          <RoomViews snapshot={snapshot} />
        </>
      );
    case 'intro':
    case 'close':
      return <PointsSlide phase={phase} />;
    case 'mapping':
    case 'channels':
      return (
        <>
          <Prompt text={phase.audiencePrompt} />
          <RoomViews snapshot={snapshot} />
        </>
      );
    case 'quiz':
    case 'action-plan':
      return <Prompt text={phase.audiencePrompt} />;
  }
}

/** The room's combined map and channel ranking, when the snapshot carries them (counts only, no names). */
function RoomViews({ snapshot }: { snapshot: ProjectorSnapshot }) {
  return (
    <>
      {snapshot.roomMap ? <ProjectorRoomMap phase={snapshot.roomMap} map={snapshot.roomMap} /> : null}
      {snapshot.channelRanking ? <ProjectorChannelRanking ranking={snapshot.channelRanking} /> : null}
    </>
  );
}

function Prompt({ text }: { text: string }) {
  return text ? <p className="slide-prompt">{text}</p> : null;
}

function PointsSlide({ phase }: { phase: Phase }) {
  return (
    <>
      <Prompt text={phase.audiencePrompt} />
      {phase.points.length > 0 ? (
        <ul className="slide-points">
          {phase.points.map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function QuizSlide({ quiz }: { quiz: ProjectorQuiz }) {
  const reveal = quiz.reveal;
  return (
    <section className="slide-quiz" aria-labelledby="quiz-statement">
      <p className="slide-kicker">
        {quiz.round === 'after' ? 'Quiz again · ' : ''}Statement {quiz.index + 1} of {quiz.total}
      </p>
      <p id="quiz-statement" className="slide-statement">
        {quiz.statementText}
      </p>
      {reveal ? (
        <div className="slide-reveal" data-testid="projector-reveal">
          <p className="slide-answer">
            <span className={`answer-badge answer-${reveal.answer ? 'true' : 'false'}`}>{answerWord(reveal.answer)}</span>
            {reveal.shareCorrect !== null ? <span className="slide-share">{formatShare(reveal.shareCorrect)} got it right</span> : null}
          </p>
          <div className="slide-reveal-grid">
            <div>
              <p className="slide-explanation">{reveal.explanation}</p>
              <p className="slide-source">Source: {reveal.source}</p>
            </div>
            <AnswerChart counts={reveal.counts} correctAnswer={reveal.answer} caption={`Answers to statement ${quiz.index + 1}`} variant="projector" />
          </div>
        </div>
      ) : (
        <p className="slide-hint">True, false or not sure?</p>
      )}
    </section>
  );
}

function DiscussionSlide({ snapshot, phase }: { snapshot: ProjectorSnapshot; phase: Phase }) {
  const discussion = snapshot.discussion;
  const cardCount = discussion?.groups.reduce((sum, g) => sum + g.cards.length, 0) ?? 0;
  return (
    <>
      <Prompt text={phase.audiencePrompt} />
      {snapshot.caseStudy ? (
        <section className="slide-case" aria-labelledby="case-title">
          <h2 id="case-title">Case study</h2>
          <p>{snapshot.caseStudy}</p>
        </section>
      ) : null}
      {discussion && discussion.topics.length > 0 && cardCount === 0 ? (
        <ul className="slide-topics">
          {discussion.topics.map((t) => (
            <li key={t.id}>
              <strong>{t.title}</strong>
              {t.prompt ? <span> — {t.prompt}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {discussion && cardCount > 0 ? (
        <div className="slide-board">
          {discussion.topics.length > 0 ? <p className="slide-topic-line">{discussion.topics.map((t) => t.title).join(' · ')}</p> : null}
          <div className="slide-groups">
            {discussion.groups.map((group, i) => (
              <CardGroup key={`${group.themeName ?? ''}-${i}`} group={group} />
            ))}
          </div>
        </div>
      ) : null}
    </>
  );
}

function CardGroup({ group }: { group: ProjectorCardGroup }) {
  return (
    <section className="slide-group">
      <h2>
        {group.themeName ?? 'Not grouped yet'}
        {group.totalVotes > 0 ? <span className="slide-votes"> · {plural(group.totalVotes, 'vote')}</span> : null}
      </h2>
      <ul>
        {group.cards.map((card) => (
          <li key={card.id}>
            {card.text}
            {card.votes > 0 ? <span className="slide-votes"> · {plural(card.votes, 'vote')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProjectorTimer({ timer }: { timer: ProjectorSnapshot['timer'] }) {
  const now = useNow(250);
  const status = timerStatus(timer, now);
  const tone = timerTone(timer, now);
  const left = remainingMs(timer, now);
  return (
    <div className={`slide-timer tone-${tone}`} data-status={status}>
      <p className="slide-clock" role="timer">
        <span className="sr-only">Time left </span>
        {formatClock(left)}
      </p>
      {tone === 'overrun' ? <p className="slide-tone">Over time</p> : tone === 'warning' ? <p className="slide-tone">Last minute</p> : null}
      {status === 'paused' ? <p className="slide-tone">Paused</p> : null}
    </div>
  );
}
