import './work.css';
import { useState } from 'react';
import type { Session } from '../../../shared/session/schema';
import { mappingPhaseOf } from '../../../shared/template/agenda';
import type { Phase } from '../../../shared/template/schema';
import { useUnits } from '../../data/hooks';
import { ActionPlanWorkspace } from './ActionPlanWorkspace';
import { ChannelRankingView } from './ChannelRankingView';
import { ChannelsWorkspace } from './ChannelsWorkspace';
import { MapWorkspace, type EntryMode } from './MapWorkspace';
import { NoUnits } from './NoUnits';
import { ProgressView } from './ProgressView';
import { RoomMapView } from './RoomMapView';
import { Tabs } from './Tabs';
import { useStableValue } from './use-stable';

type View = 'enter' | 'room';

/**
 * Delegates' work inside the live console, for the mapping, channels and action-plan phases
 * (renders nothing for other phases). No page header of its own: its headings start at h2.
 */
export function WorkPhasePanel({ session, phase }: { session: Session; phase: Phase }) {
  const units = useUnits(session.id);
  const stable = useStableValue(phase);
  const mapping = useStableValue(mappingPhaseOf(session.template));
  const hasChannels = session.template.phases.some((p) => p.kind === 'channels');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [view, setView] = useState<View>('enter');
  const [mode, setMode] = useState<EntryMode>('live');

  if (stable.kind !== 'mapping' && stable.kind !== 'channels' && stable.kind !== 'action-plan') return null;
  if (units === undefined) return <p className="muted">Loading units…</p>;
  if (units.length === 0) return <NoUnits sessionId={session.id} />;
  const current = units.some((u) => u.id === unitId) ? unitId : (units[0]?.id ?? null);

  const tabs =
    stable.kind === 'action-plan'
      ? [
          { key: 'enter' as const, label: 'Action plans' },
          { key: 'room' as const, label: 'Progress across the room' },
        ]
      : [
          { key: 'enter' as const, label: stable.kind === 'mapping' ? 'Enter maps' : 'Enter channels' },
          { key: 'room' as const, label: 'Room view' },
        ];

  return (
    <div className="work-panel">
      <Tabs label={`${stable.title}: views`} tabs={tabs} value={view} onChange={setView}>
        {stable.kind === 'mapping' ? (
          view === 'enter' ? (
            <MapWorkspace sessionId={session.id} phase={stable} units={units} unitId={current} onUnitChange={setUnitId} mode={mode} onModeChange={setMode} embedded />
          ) : (
            <RoomMapView sessionId={session.id} phase={stable} />
          )
        ) : stable.kind === 'channels' ? (
          view === 'enter' ? (
            <ChannelsWorkspace sessionId={session.id} phase={stable} units={units} unitId={current} onUnitChange={setUnitId} embedded />
          ) : (
            <ChannelRankingView sessionId={session.id} phase={stable} />
          )
        ) : view === 'enter' ? (
          <ActionPlanWorkspace sessionId={session.id} phase={stable} mapping={mapping} units={units} unitId={current} onUnitChange={setUnitId} embedded />
        ) : (
          <ProgressView sessionId={session.id} withChannels={hasChannels} />
        )}
      </Tabs>
    </div>
  );
}
