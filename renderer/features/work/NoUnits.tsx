import { Link } from 'react-router';

/** Maps and plans belong to units; without any there is nothing to fill in yet. */
export function NoUnits({ sessionId }: { sessionId: string }) {
  return (
    <div className="panel">
      <p>
        <strong>No units yet.</strong> Maps, channels and action plans belong to delegates, groups or tables. Add delegates or set up groups or tables in{' '}
        <Link to={`/sessions/${sessionId}/setup`}>the session setup</Link>.
      </p>
    </div>
  );
}
