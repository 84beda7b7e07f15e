import { useId, useMemo } from 'react';
import type { ChannelsPhase } from '../../../shared/template/schema';
import { rankChannels } from '../../../shared/work/channel-ranking';
import { useRoomChannels } from '../../data/work-hooks';
import { ChannelRankingList } from './ChannelRankingList';

/** The console's room view of Activity 3: what the projector shows, at console size. */
export function ChannelRankingView({ sessionId, phase }: { sessionId: string; phase: ChannelsPhase }) {
  const id = useId();
  const channels = useRoomChannels(sessionId);
  const ranking = useMemo(() => rankChannels(channels ?? [], phase.suggestions), [channels, phase]);
  return (
    <section aria-labelledby={`${id}-title`} className="room-channels">
      <h2 id={`${id}-title`}>Room view: channels by how many units use them</h2>
      {channels === undefined ? <p className="muted">Loading…</p> : <ChannelRankingList ranking={ranking} variant="console" label="Channels ranked by units using them" />}
    </section>
  );
}
