import type { Unit } from '../../../shared/session/schema';
import type { ActionPlanPhase, MappingPhase } from '../../../shared/template/schema';
import type { Card } from '../../../shared/run/schema';
import type { Action, Channel } from '../../../shared/work/schema';
import { actionLabels, describeActionLink, LIVED_EXPERIENCE_WORDS } from '../../../shared/vocabulary';
import { ColumnHeads, NUMBER_HEAD } from '../../components/ColumnHeads';

interface ActionsTableProps {
  actions: readonly Action[];
  actionPhase: ActionPlanPhase | null;
  mapping: MappingPhase | null;
  channels: readonly Channel[];
  cards: readonly Card[];
  /** Left out where a heading right above already names the table. */
  caption?: string;
  /** The room's report names each action's unit instead of repeating the stage it is grouped by. */
  units?: Map<string, Pick<Unit, 'name'>>;
}

// Fixed column widths, so every action table in a document lines up.
const UNIT_WIDTHS = ['5%', '24%', '13%', '13%', '10.5%', '10.5%', '13.5%', '10.5%'];
const ROOM_WIDTHS = ['5%', '9%', '21%', '12%', '12%', '9%', '9%', '12.5%', '10.5%'];

/**
 * An action plan with the template's field labels as headers. Rows never split across pages, and
 * the header row repeats on every page a long plan flows onto.
 */
export function ActionsTable({ actions, actionPhase, mapping, channels, cards, caption, units }: ActionsTableProps) {
  const labels = actionLabels(actionPhase);
  const priority = (id: string | null) => (id === null ? '' : (actionPhase?.priorities.find((p) => p.id === id)?.label ?? ''));
  const stage = (id: string | null) => (id === null ? '' : (mapping?.rows.find((r) => r.id === id)?.label ?? ''));
  return (
    <table className={`pr-table pr-actions ${units ? 'pr-actions-room' : ''}`}>
      {caption ? <caption>{caption}</caption> : null}
      <ColumnHeads
        labels={[
          NUMBER_HEAD,
          units ? 'Unit' : null,
          labels.what,
          `${labels.owner} / ${labels.partner}`,
          labels.firstStep,
          labels.byWhen,
          units ? labels.priority : `${labels.stage} / ${labels.priority}`,
          labels.success,
          labels.livedExperience,
        ]}
        widths={units ? ROOM_WIDTHS : UNIT_WIDTHS}
      />
      <tbody>
        {actions.map((action, index) => {
          const link = describeActionLink(action.link, { mapping, channels, cards });
          return (
            <tr key={action.id}>
              <td className="pr-num">{index + 1}</td>
              {units ? <td>{units.get(action.unitId)?.name ?? ''}</td> : null}
              <td>
                <span className="pr-strong">{action.what}</span>
                {action.why ? (
                  <span className="pr-sub">
                    {labels.why}: {action.why}
                  </span>
                ) : null}
                {link ? <span className="pr-sub pr-muted">{link}</span> : null}
              </td>
              <td>
                {action.owner}
                {action.partner ? <span className="pr-sub">{action.partner}</span> : null}
              </td>
              <td>{action.firstStep}</td>
              <td>{action.byWhen}</td>
              <td>
                {units ? (
                  priority(action.priorityId)
                ) : (
                  <>
                    {stage(action.stageId)}
                    {action.priorityId ? <span className="pr-sub">{priority(action.priorityId)}</span> : null}
                  </>
                )}
              </td>
              <td>{action.success}</td>
              <td>{LIVED_EXPERIENCE_WORDS[action.livedExperience]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
