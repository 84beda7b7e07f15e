import { useId } from 'react';
import type { Unit } from '../../../shared/session/schema';
import type { ActionPlanPhase, MappingPhase } from '../../../shared/template/schema';
import { UnitActionPlan } from './unit-action-plan/UnitActionPlan';
import { UnitPicker } from './UnitPicker';

/** The conclusion, per unit: its action plan. */
export function ActionPlanWorkspace({
  sessionId,
  phase,
  mapping,
  units,
  unitId,
  onUnitChange,
  embedded = false,
}: {
  sessionId: string;
  phase: ActionPlanPhase;
  mapping: MappingPhase | undefined;
  units: readonly Unit[];
  unitId: string | null;
  onUnitChange: (id: string) => void;
  /** Inside the live console, which already shows the phase title and prompt. */
  embedded?: boolean;
}) {
  const id = useId();
  const unit = units.find((u) => u.id === unitId) ?? null;
  return (
    <section aria-labelledby={`${id}-title`} className="plan-workspace">
      <h2 id={`${id}-title`}>{embedded ? 'Each unit’s action plan' : phase.title}</h2>
      {phase.audiencePrompt && !embedded ? <p className="work-prompt">{phase.audiencePrompt}</p> : null}
      <UnitPicker units={units} value={unit?.id ?? null} onChange={onUnitChange} />
      {unit ? <UnitActionPlan key={unit.id} sessionId={sessionId} phase={phase} mapping={mapping} unit={unit} /> : null}
    </section>
  );
}
