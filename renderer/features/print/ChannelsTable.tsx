import type { Channel } from '../../../shared/work/schema';
import { LIVED_EXPERIENCE_WORDS } from '../../../shared/vocabulary';

/** One unit's channels: how it engages students directly, outside the union. */
export function ChannelsTable({ channels, caption, livedExperienceLabel }: { channels: readonly Channel[]; caption: string; livedExperienceLabel: string }) {
  return (
    <table className="pr-table pr-channels">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col">Who it reaches</th>
          <th scope="col">{livedExperienceLabel}</th>
          <th scope="col">How the union could support it</th>
        </tr>
      </thead>
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
