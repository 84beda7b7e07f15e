import { channelUseWords } from '../../../shared/vocabulary';
import { IdeasList } from '../../components/IdeasList';
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
        <span className="slide-muted">· {channelUseWords(channel)}</span>
      </p>
      <IdeasList ideas={channel.unionSupportIdeas} channelName={channel.name} className="slide-ideas" />
    </div>
  );
}
