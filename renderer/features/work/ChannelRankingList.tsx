import type { RankedChannel } from '../../../shared/work/channel-ranking';
import { channelUseWords } from '../../../shared/vocabulary';
import { IdeasList } from '../../components/IdeasList';

export type RankingItem = Pick<RankedChannel, 'key' | 'name' | 'unitCount' | 'livedExperienceCount' | 'unionSupportIdeas'>;

/** Channels by how many units use them, each with the union-support ideas given for it. Carries no unit names. */
export function ChannelRankingList({ ranking, variant, label }: { ranking: readonly RankingItem[]; variant: 'console' | 'projector'; label: string }) {
  if (ranking.length === 0) return <p className="ranking-empty">No channels yet.</p>;
  return (
    <ol className={`channel-ranking ranking-${variant}`} aria-label={label}>
      {ranking.map((channel) => (
        <li key={channel.key}>
          <p className="ranking-head">
            <span className="ranking-name">{channel.name}</span>{' '}
            <span className="ranking-count">{channelUseWords(channel)}</span>
          </p>
          <IdeasList ideas={channel.unionSupportIdeas} channelName={channel.name} className="ranking-ideas" />
        </li>
      ))}
    </ol>
  );
}
