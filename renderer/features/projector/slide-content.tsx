import type { ReactNode } from 'react';
import type { ProjectorSnapshot } from '../../../shared/run/projector-view';
import { plural, pluralNoun } from '../../../shared/vocabulary';
import { ProjectorChannel } from '../work/ProjectorChannel';
import { ProjectorRoomMap } from '../work/ProjectorRoomMap';
import { chunkText } from './fit/chunk-text';
import type { FitContent, FitItem } from './fit/FitSlide';
import { quizContent } from './quiz-content';

type Snapshot = ProjectorSnapshot;

/** The slide's title: the phase, the closing slide's thanks, or a holding line. */
export function slideTitle(snapshot: Snapshot): string {
  if (snapshot.closing) return 'Thank you';
  return snapshot.phase?.title ?? 'Back in a moment';
}

/**
 * What each phase kind puts on the wall, as a lead (on every page) and blocks that the fitting
 * flows into columns and pages. This is the extension point for what an activity projects: add a
 * field to the snapshot in shared/run/projector-view.ts and turn it into blocks here.
 */
export function slideContent(snapshot: Snapshot): FitContent {
  const phase = snapshot.phase;
  if (snapshot.closing) return closingContent(snapshot.closing);
  if (!phase) return { lead: null, items: [], minColumnEm: 16, maxColumns: 1 };
  // The quiz can also be on screen at the close, when the session repeats it.
  if (snapshot.quiz) return quizContent(snapshot.quiz);
  const lead = prompt(phase.audiencePrompt);
  switch (phase.kind) {
    case 'intro':
    case 'close':
      return {
        lead,
        items: phase.points.map((point, i) => ({ key: `point-${i}`, node: <p className="slide-point" data-projector-item="point">{point}</p> })),
        minColumnEm: 18,
        maxColumns: 2,
      };
    case 'discussion':
      return discussionContent(snapshot, lead);
    case 'mapping':
    case 'channels':
      return { lead, items: roomItems(snapshot, 0), minColumnEm: 15, maxColumns: 4 };
    case 'action-plan':
      return { lead, items: progressItems(snapshot), minColumnEm: 12, maxColumns: 3 };
    case 'quiz':
      return { lead, items: [], minColumnEm: 16, maxColumns: 1 };
  }
}

function prompt(text: string): ReactNode {
  return text ? <p className="slide-prompt">{text}</p> : null;
}

function heading(key: string, group: number, text: string, extra?: string): FitItem {
  return {
    key,
    group,
    heading: true,
    gap: 0.9,
    node: (
      <h2 className="slide-group-title">
        {text}
        {extra ? <span className="slide-muted"> · {extra}</span> : null}
      </h2>
    ),
    continued: (
      <h2 className="slide-group-title">
        {text} <span className="slide-muted">(continued)</span>
      </h2>
    ),
  };
}

function votes(n: number): string {
  return plural(n, 'vote');
}

/** The case study, the topics or the cards by theme, and the room view the discussion is about. */
function discussionContent(snapshot: Snapshot, lead: ReactNode): FitContent {
  const items: FitItem[] = [];
  let group = 0;
  const discussion = snapshot.discussion;
  const cardCount = discussion?.groups.reduce((sum, g) => sum + g.cards.length, 0) ?? 0;
  if (snapshot.caseStudy) {
    group += 1;
    items.push(heading('case', group, 'Case study'));
    chunkText(snapshot.caseStudy).forEach((piece, i) =>
      items.push({ key: `case-${i}`, group, gap: piece.paragraphStart ? 0.5 : 0, node: <p className="slide-text">{piece.text}</p> }),
    );
  }
  items.push(...roomItems(snapshot, group + 1));
  group += 2;
  if (discussion && cardCount === 0) {
    for (const topic of discussion.topics) {
      items.push({
        key: `topic-${topic.id}`,
        node: (
          <p className="slide-point" data-projector-item="topic">
            <strong>{topic.title}</strong>
            {topic.prompt ? <span> — {topic.prompt}</span> : null}
          </p>
        ),
      });
    }
  }
  if (discussion && cardCount > 0) {
    discussion.groups.forEach((g, i) => {
      group += 1;
      items.push(heading(`theme-${i}`, group, g.themeName ?? 'Not grouped yet', g.totalVotes > 0 ? votes(g.totalVotes) : undefined));
      for (const card of g.cards) {
        items.push({
          key: `card-${card.id}`,
          group,
          gap: 0.4,
          node: (
            <p className="slide-card" data-projector-item="card">
              {card.text}
              {card.votes > 0 ? <span className="slide-muted"> · {votes(card.votes)}</span> : null}
            </p>
          ),
        });
      }
    });
  }
  const topicLine = discussion && cardCount > 0 && discussion.topics.length > 0 ? <p className="slide-topic-line">{discussion.topics.map((t) => t.title).join(' · ')}</p> : null;
  return {
    lead: lead || topicLine ? (
      <>
        {lead}
        {topicLine}
      </>
    ) : null,
    items,
    minColumnEm: 12,
    maxColumns: 4,
  };
}

/** The room's map (a page of its own) and the channels ranked, when the snapshot carries them. */
function roomItems(snapshot: Snapshot, group: number): FitItem[] {
  const items: FitItem[] = [];
  if (snapshot.roomMap) {
    items.push({ key: 'room-map', wide: true, node: <ProjectorRoomMap phase={snapshot.roomMap} map={snapshot.roomMap} /> });
  }
  const ranking = snapshot.channelRanking;
  if (ranking) {
    items.push(heading('channels', group, 'How we engage students directly'));
    if (ranking.length === 0) items.push({ key: 'no-channels', group, node: <p className="slide-muted">No channels yet.</p> });
    ranking.forEach((channel, i) => items.push({ key: `channel-${channel.key}`, group, node: <ProjectorChannel channel={channel} rank={i + 1} /> }));
  }
  return items;
}

function stat(key: string, value: number, label: string): FitItem {
  return {
    key,
    node: (
      <p className="slide-stat">
        <strong>{value}</strong> {label}
      </p>
    ),
  };
}

function progressItems(snapshot: Snapshot): FitItem[] {
  const progress = snapshot.actionProgress;
  if (!progress) return [];
  return [
    stat('units', progress.unitsWithActions, `of ${progress.units} ${pluralNoun(progress.units, 'unit has', 'units have')} actions`),
    stat('actions', progress.actions, `${pluralNoun(progress.actions, 'action')} in all`),
  ];
}

function closingContent(closing: NonNullable<Snapshot['closing']>): FitContent {
  return {
    lead: <p className="slide-prompt">Thank you for taking part. Here is what the room did today.</p>,
    items: [
      stat('delegates', closing.delegates, pluralNoun(closing.delegates, 'delegate')),
      stat('cards', closing.cards, pluralNoun(closing.cards, 'card')),
      stat('actions', closing.actions, pluralNoun(closing.actions, 'action')),
    ],
    minColumnEm: 9,
    maxColumns: 3,
  };
}
