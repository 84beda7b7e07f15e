import { useId, useMemo, useState } from 'react';
import { pluralNoun } from '../../../shared/vocabulary';
import { roomProgress } from '../../../shared/work/progress';
import { useUnits } from '../../data/hooks';
import { usePlans, useRoomActions, useRoomChannels, useRoomMapEntries } from '../../data/work-hooks';
import { needsHelp } from './work-format';
import { ColumnHeads } from '../../components/ColumnHeads';

/** Progress across the room, so the facilitator can see who needs help. Console only. */
export function ProgressView({ sessionId, withChannels }: { sessionId: string; withChannels: boolean }) {
  const id = useId();
  const units = useUnits(sessionId);
  const entries = useRoomMapEntries(sessionId);
  const channels = useRoomChannels(sessionId);
  const actions = useRoomActions(sessionId);
  const plans = usePlans(sessionId);
  const [onlyHelp, setOnlyHelp] = useState(false);
  const progress = useMemo(
    () => roomProgress(units ?? [], entries ?? [], channels ?? [], actions ?? [], plans ?? []),
    [units, entries, channels, actions, plans],
  );
  const names = useMemo(() => new Map((units ?? []).map((u) => [u.id, u.name])), [units]);
  const total = progress.units.length;
  const rows = onlyHelp ? progress.units.filter((row) => needsHelp(row, withChannels).length > 0) : progress.units;

  return (
    <section aria-labelledby={`${id}-title`} className="progress-view">
      <h2 id={`${id}-title`}>Progress across the room</h2>
      <ul className="progress-totals" aria-label="Totals">
        <li>
          <strong>{progress.totals.unitsWithMap}</strong> of {total} units have a map
        </li>
        <li>
          <strong>{progress.totals.unitsWithActions}</strong> of {total} have actions
        </li>
        <li>
          <strong>{progress.totals.unitsWithPlan}</strong> of {total} plans complete
        </li>
        <li>
          <strong>{progress.totals.actions}</strong> {pluralNoun(progress.totals.actions, 'action')} in all
        </li>
      </ul>
      <label className="checkbox">
        <input type="checkbox" checked={onlyHelp} onChange={(e) => setOnlyHelp(e.target.checked)} />
        <span>Show only units that need help</span>
      </label>
      <table className="data-table">
        <caption className="sr-only">Progress per unit</caption>
        <ColumnHeads labels={['Unit', 'Map entries', withChannels ? 'Channels' : null, 'Actions', 'Plan', 'Needs']} />
        <tbody>
          {rows.map((row) => {
            const missing = needsHelp(row, withChannels);
            return (
              <tr key={row.unitId} className={missing.length > 0 ? 'needs-help' : undefined}>
                <th scope="row">{names.get(row.unitId)}</th>
                <td>{row.entries}</td>
                {withChannels ? <td>{row.channels}</td> : null}
                <td>{row.actions}</td>
                <td>{row.planComplete ? '✓ Complete' : 'Not yet'}</td>
                <td>{missing.length > 0 ? missing.join(', ') : 'On track'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="muted">{total === 0 ? 'No units yet.' : 'Every unit is on track.'}</p> : null}
    </section>
  );
}
