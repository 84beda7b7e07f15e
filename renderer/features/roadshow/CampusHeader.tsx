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
