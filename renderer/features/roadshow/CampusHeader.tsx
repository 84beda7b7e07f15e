import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CampusRef } from '../../../shared/roadshow/compare';

/** A campus column heading that names and links the session its figures come from. */
export function CampusHeader({ campus, linked = true }: { campus: CampusRef; linked?: boolean }) {
  return (
    <th scope="col">
      {linked ? (
        <Link to={`/sessions/${campus.sessionId}/outputs`} title={`Outputs of the ${campus.campus} session`}>
          {campus.campus}
        </Link>
      ) : (
        campus.campus
      )}
    </th>
  );
}

/** The heading row of a per-campus table: the first cell, a linked heading per campus, then "All campuses" where the table totals. */
export function CampusHeadRow({
  first,
  campuses,
  linked,
  withTotal = false,
}: {
  first: ReactNode;
  campuses: readonly CampusRef[];
  linked: boolean;
  withTotal?: boolean;
}) {
  return (
    <thead>
      <tr>
        {first}
        {campuses.map((c) => (
          <CampusHeader key={c.sessionId} campus={c} linked={linked} />
        ))}
        {withTotal ? <th scope="col">All campuses</th> : null}
      </tr>
    </thead>
  );
}
