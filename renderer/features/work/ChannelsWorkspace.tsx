import type { ChannelsPhase } from '../../../shared/template/schema';
import { UnitChannels } from './UnitChannels';
import { UnitWorkspace, type UnitWorkspaceProps } from './UnitWorkspace';

/** Activity 3, per unit: how it engages students directly, outside the union. */
export function ChannelsWorkspace(props: UnitWorkspaceProps<ChannelsPhase>) {
  return (
    <UnitWorkspace {...props} embeddedTitle="Each unit’s channels" className="channels-workspace">
      {(unit) => <UnitChannels key={unit.id} sessionId={props.sessionId} phase={props.phase} unit={unit} />}
    </UnitWorkspace>
  );
}
