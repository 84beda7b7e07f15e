import { LoadingPage, SessionNotFoundPage } from '../../components/PageStatus';
import './work.css';
import { Link, useParams, useSearchParams } from 'react-router';
import { actionPlanPhaseOf, channelsPhaseOf, mappingPhaseOf } from '../../../shared/template/agenda';
import { useSession, useUnits } from '../../data/hooks';
import { ActionPlanWorkspace } from './ActionPlanWorkspace';
import { ChannelRankingView } from './ChannelRankingView';
import { ChannelsWorkspace } from './ChannelsWorkspace';
import { MapWorkspace, type EntryMode } from './MapWorkspace';
import { NoUnits } from './NoUnits';
import { ProgressView } from './ProgressView';
import { RoomMapView } from './RoomMapView';
import { Tabs, type TabDef } from './Tabs';
import { useStableValue } from './use-stable';

type TabKey = 'map' | 'channels' | 'plans' | 'room' | 'progress';
const MODES: readonly EntryMode[] = ['live', 'pass', 'paper'];

/**
 * Delegates' work outside the live console (before, after or instead of a run): maps, channels,
 * action plans, the room view and progress. Tab, unit and entry mode live in the URL, so a
 * reload comes back to the same place.
 */
export function WorkPage() {
  const { sessionId } = useParams();
  const session = useSession(sessionId);
  const units = useUnits(sessionId);
  const [params, setParams] = useSearchParams();
  const mapping = useStableValue(session ? mappingPhaseOf(session.template) : undefined);
  const channels = useStableValue(session ? channelsPhaseOf(session.template) : undefined);
  const actionPlan = useStableValue(session ? actionPlanPhaseOf(session.template) : undefined);

  if (session === undefined || units === undefined) return <LoadingPage />;
  if (session === null) return <SessionNotFoundPage />;

  const tabs: TabDef<TabKey>[] = [
    ...(mapping ? [{ key: 'map' as const, label: 'Map' }] : []),
    ...(channels ? [{ key: 'channels' as const, label: 'Channels' }] : []),
    ...(actionPlan ? [{ key: 'plans' as const, label: 'Action plans' }] : []),
    { key: 'room', label: 'Room view' },
    { key: 'progress', label: 'Progress' },
  ];
  const requested = params.get('tab');
  const tab = tabs.find((t) => t.key === requested)?.key ?? tabs[0]?.key ?? 'room';
  const unitParam = params.get('unit');
  const unitId = units.some((u) => u.id === unitParam) ? unitParam : (units[0]?.id ?? null);
  const modeParam = params.get('mode');
  const mode: EntryMode = MODES.find((m) => m === modeParam) ?? 'live';

  const update = (patch: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const onUnitChange = (id: string) => update({ unit: id });

  const needsUnits = tab === 'map' || tab === 'channels' || tab === 'plans';

  return (
    <main className="page work-page" aria-labelledby="work-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Sessions</Link> <span aria-hidden="true">›</span> <Link to={`/sessions/${session.id}/setup`}>Setup</Link>{' '}
        <span aria-hidden="true">›</span> <span>Delegates’ work</span>
      </nav>
      <h1 id="work-title">Delegates’ work: {session.title}</h1>
      <p className="muted">Maps, channels and action plans per unit. Everything saves as you go.</p>
      <Tabs label="Delegates’ work" tabs={tabs} value={tab} onChange={(key) => update({ tab: key })}>
        {needsUnits && units.length === 0 ? (
          <NoUnits sessionId={session.id} />
        ) : tab === 'map' && mapping ? (
          <MapWorkspace sessionId={session.id} phase={mapping} units={units} unitId={unitId} onUnitChange={onUnitChange} mode={mode} onModeChange={(m) => update({ mode: m })} />
        ) : tab === 'channels' && channels ? (
          <ChannelsWorkspace sessionId={session.id} phase={channels} units={units} unitId={unitId} onUnitChange={onUnitChange} />
        ) : tab === 'plans' && actionPlan ? (
          <ActionPlanWorkspace sessionId={session.id} phase={actionPlan} mapping={mapping} units={units} unitId={unitId} onUnitChange={onUnitChange} />
        ) : tab === 'room' ? (
          <>
            {mapping ? <RoomMapView sessionId={session.id} phase={mapping} /> : null}
            {channels ? <ChannelRankingView sessionId={session.id} phase={channels} /> : null}
          </>
        ) : (
          <ProgressView sessionId={session.id} withChannels={!!channels} />
        )}
      </Tabs>
    </main>
  );
}
