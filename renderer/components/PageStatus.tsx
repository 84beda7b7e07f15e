import { Link } from 'react-router';

/** The two states every session screen passes through: still loading, or the session is gone. */
export function LoadingPage() {
  return (
    <main className="page">
      <p role="status">Loading…</p>
    </main>
  );
}

export function SessionNotFoundPage() {
  return (
    <main className="page">
      <h1>Session not found</h1>
      <p>
        It may have been deleted. <Link to="/">Back to sessions</Link>
      </p>
    </main>
  );
}
