import { actionLabels, plural } from '../../../../shared/vocabulary';
import type { SessionReport } from '../report-model';
import { IdeasList } from '../../../components/IdeasList';
import { ColumnHeads, NUMBER_HEAD } from '../../../components/ColumnHeads';

/** The room's channels ranked, with the union-support ideas. */
export function ChannelsSection({ report }: { report: SessionReport }) {
  const channels = report.channels;
  if (!channels) return null;
  const livedLabel = actionLabels(report.actionPhase).livedExperience;
  return (
    <section className="pr-section" aria-labelledby="report-channels">
      <h2 id="report-channels">{channels.phase.title}: channels ranked</h2>
      {channels.ranked.length === 0 ? (
        <p>No channels were recorded.</p>
      ) : (
        <table className="pr-table pr-ranked">
          <ColumnHeads labels={[NUMBER_HEAD, 'Channel', 'Units using it', livedLabel, 'How the union could support it']} />
          <tbody>
            {channels.ranked.map((channel, index) => (
              <tr key={channel.key}>
                <td className="pr-num">{index + 1}</td>
                <td className="pr-strong">{channel.name}</td>
                <td>{channel.unitCount}</td>
                <td>{plural(channel.livedExperienceCount, 'unit')}</td>
                <td>
                  <IdeasList ideas={channel.unionSupportIdeas} channelName={channel.name} className="pr-ideas" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
