import { useState } from 'react';
import { Link } from 'react-router';
import { KEPT_COPY_DAYS } from '../../data/kept-copies';
import { useKeptCopies, useKeptCopyWriter } from '../../data/kept-copy-hooks';
import { countsSentence } from '../archive/opened-words';
import { formatMoment, sessionLabel } from './data-words';

/**
 * Copies of sessions set aside by "Replace" when an archive was opened, kept in the app's own
 * storage (the same in Electron and web mode), each with a Restore button.
 */
export function KeptCopiesSection() {
  const copies = useKeptCopies();
  const writer = useKeptCopyWriter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string; sessionId?: string } | null>(null);

  const restore = async (id: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const done = await writer.restore(id);
      const swapped = done.kept ? ' The copy that was there until now is kept in this list in its turn.' : '';
      setMessage({ tone: 'info', text: `Restored “${done.title}”.${swapped}${done.openedAsCopy ? ` ${done.openedAsCopy}` : ''}`, sessionId: done.sessionId });
    } catch (error) {
      setMessage({ tone: 'error', text: `The copy was not restored: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="kept-title" className="panel">
      <h2 id="kept-title">Copies kept before “Replace”</h2>
      <p>
        When an archive replaces a session that was on this computer, the copy that was here is kept in the app’s own storage for at least {KEPT_COPY_DAYS} days. Restore puts it
        back; the copy it swaps out is kept here in its turn.
      </p>
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'notice-error' : 'notice'}>
          {message.text} {message.sessionId ? <Link to={`/sessions/${message.sessionId}/setup`}>Open it</Link> : null}
        </p>
      ) : null}
      {copies === undefined ? <p>Loading…</p> : null}
      {copies?.length === 0 ? <p className="muted">No copies are kept: nothing was replaced.</p> : null}
      {copies && copies.length > 0 ? (
        <ul className="session-list" aria-label="Copies kept before Replace">
          {copies.map((c) => (
            <li key={c.id} className="session-row">
              <div>
                <h3 className="session-title">{sessionLabel(c)}</h3>
                <p className="muted">
                  Last changed {formatMoment(c.updatedAt)} · replaced {formatMoment(c.keptAt)} · kept until at least {formatMoment(c.keptUntil)}
                </p>
                <p className="muted">{countsSentence(c.counts)}</p>
              </div>
              <div className="row-actions">
                <button type="button" disabled={busy} onClick={() => void restore(c.id)} aria-label={`Restore the copy of ${sessionLabel(c)} replaced ${formatMoment(c.keptAt)}`}>
                  Restore
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
