import { useId, type ReactNode } from 'react';
import type { Unit } from '../../../shared/session/schema';
import { UnitPicker } from './UnitPicker';

/** What every per-unit workspace (channels, action plan) is given by the work page and the console. */
export interface UnitWorkspaceProps<P> {
  sessionId: string;
  phase: P;
  units: readonly Unit[];
  unitId: string | null;
  onUnitChange: (id: string) => void;
  /** Inside the live console, which already shows the phase title and prompt. */
  embedded?: boolean;
}

/** A phase's work, one unit at a time: the title and prompt, the unit picker, then the chosen unit's screen. */
export function UnitWorkspace({
  phase,
  units,
  unitId,
  onUnitChange,
  embedded = false,
  embeddedTitle,
  className,
  children,
}: Omit<UnitWorkspaceProps<{ title: string; audiencePrompt: string }>, 'sessionId'> & { embeddedTitle: string; className: string; children: (unit: Unit) => ReactNode }) {
  const id = useId();
  const unit = units.find((u) => u.id === unitId) ?? null;
  return (
    <section aria-labelledby={`${id}-title`} className={className}>
      <h2 id={`${id}-title`}>{embedded ? embeddedTitle : phase.title}</h2>
      {phase.audiencePrompt && !embedded ? <p className="work-prompt">{phase.audiencePrompt}</p> : null}
      <UnitPicker units={units} value={unit?.id ?? null} onChange={onUnitChange} />
      {unit ? children(unit) : null}
    </section>
  );
}
