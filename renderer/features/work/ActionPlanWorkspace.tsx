import type { ActionPlanPhase, MappingPhase } from '../../../shared/template/schema';
import { UnitActionPlan } from './unit-action-plan/UnitActionPlan';
import { UnitWorkspace, type UnitWorkspaceProps } from './UnitWorkspace';

/** The conclusion, per unit: its action plan. */
export function ActionPlanWorkspace({ mapping, ...props }: UnitWorkspaceProps<ActionPlanPhase> & { mapping: MappingPhase | undefined }) {
  return (
    <UnitWorkspace {...props} embeddedTitle="Each unit’s action plan" className="plan-workspace">
      {(unit) => <UnitActionPlan key={unit.id} sessionId={props.sessionId} phase={props.phase} mapping={mapping} unit={unit} />}
    </UnitWorkspace>
  );
}
