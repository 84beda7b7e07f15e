import type { RankedChannel } from '../../../shared/work/channel-ranking';
import { plural } from '../../../shared/vocabulary';

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
            <span className="ranking-count">
              {plural(channel.unitCount, 'unit')}
              {channel.livedExperienceCount > 0 ? ` · ${channel.livedExperienceCount} with students with lived experience` : ''}
            </span>
          </p>
          {channel.unionSupportIdeas.length > 0 ? (
            <ul className="ranking-ideas" aria-label={`How the union could support ${channel.name}`}>
              {channel.unionSupportIdeas.map((idea) => (
                <li key={idea}>{idea}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
