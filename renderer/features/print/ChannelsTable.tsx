import type { Channel } from '../../../shared/work/schema';
import { LIVED_EXPERIENCE_WORDS } from '../../../shared/vocabulary';
import { ColumnHeads } from '../../components/ColumnHeads';

/** One unit's channels: how it engages students directly, outside the union. */
export function ChannelsTable({ channels, caption, livedExperienceLabel }: { channels: readonly Channel[]; caption: string; livedExperienceLabel: string }) {
  return (
    <table className="pr-table pr-channels">
      <caption>{caption}</caption>
      <ColumnHeads labels={['Channel', 'Who it reaches', livedExperienceLabel, 'How the union could support it']} />
      <tbody>
        {channels.map((channel) => (
          <tr key={channel.id}>
            <td>
              <span className="pr-strong">{channel.name}</span>
              {channel.note ? <span className="pr-sub pr-muted">Note: {channel.note}</span> : null}
            </td>
            <td>{channel.reaches}</td>
            <td>{LIVED_EXPERIENCE_WORDS[channel.livedExperience]}</td>
            <td>{channel.unionSupport}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
