import type { RoadshowComparison } from '../../../shared/roadshow/compare';
import { formatDuration, NO_DATA, NOT_RUN } from '../../../shared/vocabulary';
import { CampusHeadRow } from './CampusHeader';

interface Props {
  comparison: RoadshowComparison;
  linked: boolean;
}

/** Delegates and units per campus, and the phases each campus ran with their actual times. */
export function PeopleAndPhases({ comparison, linked }: Props) {
  const campuses = comparison.people;
  const noRun = new Set(campuses.filter((_, i) => comparison.phases.every((p) => p.campuses[i]?.value === null)).map((c) => c.sessionId));
  return (
    <section aria-labelledby="rs-people" className="panel roadshow-section">
      <h2 id="rs-people">Delegates and phases</h2>
      <table className="data-table">
        <caption>Delegates and units per campus</caption>
        <CampusHeadRow first={<td />} campuses={campuses} linked={linked} />
        <tbody>
          <tr>
            <th scope="row">Delegates</th>
            {campuses.map((c) => (
              <td key={c.sessionId}>{c.value?.delegates ?? NO_DATA}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Units</th>
            {campuses.map((c) => (
              <td key={c.sessionId}>{c.value?.units ?? NO_DATA}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <table className="data-table">
        <caption>Phases run and actual time per campus</caption>
        <CampusHeadRow first={<th scope="col">Phase (planned)</th>} campuses={campuses} linked={linked} />
        <tbody>
          {comparison.phases.map((p) => (
            <tr key={p.phaseId}>
              <th scope="row">
                {p.title} ({formatDuration(p.plannedMinutes * 60_000)})
              </th>
              {p.campuses.map((c) => (
                <td key={c.sessionId}>{c.value !== null ? formatDuration(c.value) : noRun.has(c.sessionId) ? NO_DATA : NOT_RUN}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
