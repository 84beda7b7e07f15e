import { useState } from 'react';
import { useSessionWriter } from '../../data/session-write-hooks';

/** One button to seat everyone evenly at the numbered tables, optionally mixing institutions. */
export function SpreadAcrossTables({ sessionId, delegateCount, onError }: { sessionId: string; delegateCount: number; onError: (e: unknown) => void }) {
  const actions = useSessionWriter();
  const [mix, setMix] = useState(true);
  const [result, setResult] = useState('');
  const spread = () => {
    setResult('');
    actions
      .spreadAcrossTables(sessionId, { mixInstitutions: mix })
      .then((sizes) => setResult(`Seated ${delegateCount} ${delegateCount === 1 ? 'delegate' : 'delegates'}: ${describeSizes(sizes)}.`))
      .catch(onError);
  };
  return (
    <div className="spread-tables">
      <label className="checkbox">
        <input type="checkbox" checked={mix} onChange={(e) => setMix(e.target.checked)} />
        <span>
          Mix institutions at each table <span className="muted">— otherwise people listed together sit together</span>
        </span>
      </label>
      <button type="button" onClick={spread}>
        Spread delegates evenly across tables
      </button>
      <p className="muted">Replaces the current seating; you can still change any delegate&apos;s table afterwards.</p>
      <p role="status">{result}</p>
    </div>
  );
}

/** "table 1: 7, table 2: 7, …": every table, in table order. */
function describeSizes(sizes: readonly number[]): string {
  return sizes.map((n, i) => `table ${i + 1}: ${n}`).join(', ');
}
