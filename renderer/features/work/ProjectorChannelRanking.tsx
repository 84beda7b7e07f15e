import './work.css';
import { ChannelRankingList, type RankingItem } from './ChannelRankingList';
import { plural } from '../../../shared/vocabulary';

export interface ProjectorChannelRankingProps {
  /** rankChannels' output, or `snapshot.channelRanking`. */
  ranking: readonly RankingItem[];
  title?: string;
  /** Long lists are cut to fit the wall; the rest are counted. */
  limit?: number;
}

/** How the room engages students directly, ranked by units using each channel, with ideas for union support. No unit names. */
export function ProjectorChannelRanking({ ranking, title = 'How we engage students directly', limit = 8 }: ProjectorChannelRankingProps) {
  const shown = ranking.slice(0, limit);
  const rest = ranking.length - shown.length;
  return (
    <section className="projector-channel-ranking" aria-label={title}>
      <ChannelRankingList ranking={shown} variant="projector" label={title} />
      {rest > 0 ? (
        <p className="projector-room-total">
          and {plural(rest, 'more channel', 'more channels')}
        </p>
      ) : null}
    </section>
  );
}
