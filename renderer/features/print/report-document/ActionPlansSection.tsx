import { actionLabels, plural } from '../../../../shared/vocabulary';
import { ActionsTable } from '../ActionsTable';
import type { SessionReport } from '../report-model';

/** Every unit's actions, grouped by stage. */
export function ActionPlansSection({ report }: { report: SessionReport }) {
  const phase = report.actionPhase;
  if (!phase) return null;
  const stageLabel = actionLabels(phase).stage;
  return (
    <section className="pr-section" aria-labelledby="report-actions">
      <h2 id="report-actions">
        {phase.title}: all actions by {stageLabel.toLowerCase()}
      </h2>
      {report.counts.actions === 0 ? <p>No actions were recorded.</p> : null}
      {report.counts.actions > 0
        ? report.actionGroups.map((group) => (
            <div key={group.rowId ?? 'none'} className="pr-action-group">
              <h3>
                {group.label} <span className="pr-muted">({plural(group.actions.length, 'action')})</span>
              </h3>
              {group.actions.length > 0 ? (
                <ActionsTable
                  actions={group.actions}
                  actionPhase={phase}
                  mapping={report.roomMap?.phase ?? null}
                  channels={report.channelsForLinks}
                  cards={report.cardsForLinks}
                  units={report.units}
                />
              ) : null}
            </div>
          ))
        : null}
    </section>
  );
}
