import { plural } from '../../../shared/vocabulary';
import type { RankingItem } from './ChannelRankingList';

/**
 * One channel as the room ranked it, for the projector: a block of its own so the projector can
 * flow 40 of them into columns and pages. Counts of units only, never their names.
 */
export function ProjectorChannel({ channel, rank }: { channel: RankingItem; rank: number }) {
  return (
    <div className="slide-channel" data-projector-item="channel">
      <p className="slide-channel-head">
        <span className="slide-rank">{rank}.</span> <strong>{channel.name}</strong>{' '}
        <span className="slide-muted">
          · {plural(channel.unitCount, 'unit')}
          {channel.livedExperienceCount > 0 ? ` · ${channel.livedExperienceCount} with students with lived experience` : ''}
        </span>
      </p>
      {channel.unionSupportIdeas.length > 0 ? (
        <ul className="slide-ideas" aria-label={`How the union could support ${channel.name}`}>
          {channel.unionSupportIdeas.map((idea) => (
            <li key={idea}>{idea}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
