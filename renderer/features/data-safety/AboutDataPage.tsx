import './data-safety.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { useBackupRestore } from '../../data/backup-restore';
import type { StorageFacts } from '../../data/storage-facts';
import type { HostDataFacts } from '../../host/host';
import { BackupsSection } from './BackupsSection';
import { KeptCopiesSection } from './KeptCopiesSection';
import { formatBytes, formatMoment } from './data-words';
import { useDataFacts } from './use-data-facts';

function StorageList({ storage }: { storage: StorageFacts }) {
  return (
    <dl className="data-facts">
      <dt>Storage used</dt>
      <dd>{storage.usage === null ? 'The browser does not say.' : `${formatBytes(storage.usage)} of ${storage.quota === null ? 'an unknown amount' : formatBytes(storage.quota)} it allows this app`}</dd>
      <dt>Kept by the browser</dt>
      <dd data-testid="persistence">
        {storage.persisted === true
          ? 'Yes: the browser agreed to keep this data even when the disk runs low on space.'
          : storage.persisted === false
            ? 'No: the browser has not agreed to keep this data, and may clear it when the disk runs low on space.'
            : 'Unknown: this browser cannot be asked.'}
      </dd>
    </dl>
  );
}

function HostList({ facts }: { facts: HostDataFacts }) {
  const web = facts.kind === 'web';
  return (
    <dl className="data-facts">
      <dt>Sessions</dt>
      <dd>Kept in {facts.storeLocation}.</dd>
      {web ? (
        <>
          <dt>Address</dt>
          <dd>{window.location.origin} (another address, port or browser has its own, separate sessions)</dd>
        </>
      ) : null}
      <dt>{web ? 'Data folder on this computer' : 'App data folder'}</dt>
      <dd data-testid="data-folder">{facts.dataFolder ?? 'None: this page was not opened through the Co-Create Studio server, so nothing is kept on disk.'}</dd>
      <dt>Backups folder</dt>
      <dd data-testid="backups-folder">{facts.backupsFolder ?? 'None'}</dd>
      <dt>Last backup</dt>
      <dd data-testid="last-backup">
        {facts.lastBackupAt === null ? 'No backup yet.' : `${formatMoment(facts.lastBackupAt)} (${facts.backupCount} backup ${facts.backupCount === 1 ? 'file' : 'files'} kept)`}
      </dd>
    </dl>
  );
}

/** "About this data": where the work lives, what may clear it and what protects it. */
export function AboutDataPage() {
  const { state, refresh } = useDataFacts();
  const restore = useBackupRestore();
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  // Bumped after "Back up now" so the list of backups is read again.
  const [listStamp, setListStamp] = useState(0);
  const kind = state.status === 'ready' ? state.host.kind : null;

  const backUpNow = async () => {
    if (!restore) return;
    setMessage(null);
    try {
      const pass = await restore.backUpNow();
      if (!pass) return;
      const failed = pass.failed.map((f) => `A session could not be backed up: ${f.message}`);
      const done =
        pass.backedUp.length > 0
          ? `Backed up ${pass.backedUp.length} ${pass.backedUp.length === 1 ? 'session' : 'sessions'}.`
          : failed.length === 0
            ? 'Every session was already backed up.'
            : '';
      setMessage({ tone: failed.length > 0 ? 'error' : 'info', text: [done, ...failed].filter(Boolean).join('\n') });
    } catch (error) {
      setMessage({ tone: 'error', text: `The backup was not written: ${error instanceof Error ? error.message : String(error)}` });
    }
    refresh();
    setListStamp((n) => n + 1);
  };

  return (
    <main className="page" aria-labelledby="about-data-title">
      <div className="page-heading">
        <h1 id="about-data-title">About this data</h1>
        <Link to="/">Back to sessions</Link>
      </div>
      {state.status === 'loading' ? <p>Looking up where the data lives…</p> : null}
      {state.status === 'error' ? <p className="notice-error">Could not ask where the data lives: {state.message}</p> : null}

      <section aria-labelledby="where-title" className="panel">
        <h2 id="where-title">Where your work is kept</h2>
        {state.status === 'ready' ? <HostList facts={state.host} /> : null}
        {restore ? (
          <button type="button" onClick={() => void backUpNow()}>
            Back up now
          </button>
        ) : null}
        {message ? <p className={message.tone === 'error' ? 'notice-error' : 'notice'}>{message.text}</p> : null}
      </section>

      <BackupsSection key={listStamp} />
      <KeptCopiesSection />

      <section aria-labelledby="storage-title" className="panel">
        <h2 id="storage-title">Storage</h2>
        {state.status !== 'loading' && state.storage ? <StorageList storage={state.storage} /> : null}
      </section>

      <section aria-labelledby="safety-title" className="panel">
        <h2 id="safety-title">What may clear it, and what protects it</h2>
        {kind === 'electron' ? (
          <p>
            The desktop app keeps its sessions in its own folder, shown above. No browser setting clears it; deleting that folder or uninstalling the app with its data does.
          </p>
        ) : (
          <>
            <p>The browser clears this data when:</p>
            <ul>
              <li>someone clears its browsing or site data, or the browser is set to clear it when it closes (common on managed university laptops);</li>
              <li>it is a private or guest window, when that window closes;</li>
              <li>the disk runs low on space, unless the browser agreed to keep it (see Storage above).</li>
            </ul>
            <p>Opening the app at another address (another port, or localhost instead of 127.0.0.1) or in another browser shows a separate, empty set of sessions.</p>
          </>
        )}
        <p>
          What protects the work: {restore ? 'a backup of every changed session is written to the backups folder above every 5 minutes and at each phase change, and kept there when browser data is cleared; when the app opens with no sessions it offers to restore them. ' : 'nothing on disk here: this page was not opened through the Co-Create Studio server. '}
          Save an archive of each session (on the sessions screen, its setup, console and outputs) to a USB stick or shared drive for a copy that survives losing this laptop.
        </p>
      </section>
    </main>
  );
}
