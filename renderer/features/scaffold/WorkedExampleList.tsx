import type { ActionPlanPhase } from '../../../shared/template/schema';
import { workedExampleRows } from './scaffold-model';

/** The template's worked SMART action, field by field with the plan's own labels. */
export function WorkedExampleList({ phase, className }: { phase: Pick<ActionPlanPhase, 'fieldLabels' | 'workedExample'>; className?: string }) {
  const rows = workedExampleRows(phase);
  if (rows.length === 0) return null;
  return (
    <dl className={className}>
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
