import { useId } from 'react';
import type { Unit } from '../../../shared/session/schema';
import type { ChannelsPhase } from '../../../shared/template/schema';
import { UnitChannels } from './UnitChannels';
import { UnitPicker } from './UnitPicker';

/** Activity 3, per unit: how it engages students directly, outside the union. */
export function ChannelsWorkspace({
  sessionId,
  phase,
  units,
  unitId,
  onUnitChange,
  embedded = false,
}: {
  sessionId: string;
  phase: ChannelsPhase;
  units: readonly Unit[];
  unitId: string | null;
  onUnitChange: (id: string) => void;
  /** Inside the live console, which already shows the phase title and prompt. */
  embedded?: boolean;
}) {
  const id = useId();
  const unit = units.find((u) => u.id === unitId) ?? null;
  return (
    <section aria-labelledby={`${id}-title`} className="channels-workspace">
      <h2 id={`${id}-title`}>{embedded ? 'Each unit’s channels' : phase.title}</h2>
      {phase.audiencePrompt && !embedded ? <p className="work-prompt">{phase.audiencePrompt}</p> : null}
      <UnitPicker units={units} value={unit?.id ?? null} onChange={onUnitChange} />
      {unit ? <UnitChannels key={unit.id} sessionId={sessionId} phase={phase} unit={unit} /> : null}
    </section>
  );
}
