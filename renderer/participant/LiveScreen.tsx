/** @jsxImportSource preact */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Submission } from '../../shared/join/submission';
import type { DeviceView } from '../../shared/join/view';
import { JoinFailure, mustRejoin, type JoinApi } from './api';
import { outboxKey, type StoredDevice } from './device-store';
import { Notice } from './fields';
import { LiveConnection, type LiveStatus } from './live';
import { Outbox, type KeyValueStore, type OutboxItem, type OutboxState } from './outbox';
import { OutboxPanel } from './OutboxPanel';
import { PhasePanel, type Restored } from './PhasePanel';
import { sendSubmission } from './submit';

interface Props {
  api: JoinApi;
  device: StoredDevice;
  storage: KeyValueStore;
  /** This phone's place has ended (removed, expired, relay stopped): the relay's sentence. */
  onEnded: (message: string) => void;
}

const STATUS_WORDS: Record<LiveStatus, string> = {
  connecting: 'Connecting to the laptop…',
  live: 'Connected to the laptop',
  reconnecting: 'Reconnecting to the laptop… Your work is kept on this phone.',
  ended: 'Not connected',
};

/** The joined phone: who it is, the live connection, what is waiting to send, and the current phase. */
export function LiveScreen({ api, device, storage, onEnded }: Props) {
  const [view, setView] = useState<DeviceView | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [problem, setProblem] = useState<string | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);
  const asId = device.as.kind === 'delegate' ? device.as.delegateId : device.as.unitId;
  // Keyed by who the phone is, not by its token, so work left unsent survives rejoining as the same person.
  const outbox = useMemo(
    () => new Outbox<Submission>({ storage, key: outboxKey(`${device.as.kind}:${asId}`), send: (item) => sendSubmission(api, device.token, item) }),
    [api, storage, device, asId],
  );
  const [queue, setQueue] = useState<OutboxState<Submission>>(() => outbox.state());

  useEffect(() => {
    setQueue(outbox.state());
    const unsubscribe = outbox.subscribe(setQueue);
    void outbox.flush();
    return () => {
      unsubscribe();
      // A retry of the old outbox would otherwise send what the new one sends too.
      outbox.dispose();
    };
  }, [outbox]);

  useEffect(() => {
    if (queue.phase === 'stopped' && queue.message) onEnded(queue.message);
  }, [queue.phase, queue.message, onEnded]);

  useEffect(() => {
    const probe = async () => {
      try {
        setView(await api.view(device.token));
        return null;
      } catch (error) {
        return error instanceof JoinFailure && mustRejoin(error) ? { message: error.message, code: error.code } : null;
      }
    };
    const live = new LiveConnection({
      token: device.token,
      open: (url) => new EventSource(url),
      onView: (next) => {
        setView(next);
        setProblem(null);
      },
      onStatus: setStatus,
      onEnded: (message) => onEnded(message),
      probe,
    });
    void probe().then((ended) => {
      if (ended) onEnded(ended.message);
      else live.start();
    });
    // A phone that was locked or offline: reconnect and send what waited, at once.
    const wake = () => {
      if (document.visibilityState === 'hidden') return;
      live.wake();
      void outbox.flush();
    };
    // The stream may not notice a lost network for a while; the browser does.
    const lost = () => setStatus('reconnecting');
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('online', wake);
    window.addEventListener('offline', lost);
    window.addEventListener('pageshow', wake);
    return () => {
      live.stop();
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
      window.removeEventListener('offline', lost);
      window.removeEventListener('pageshow', wake);
    };
  }, [api, device, outbox, onEnded]);

  const submit = (submission: Submission, label: string) => {
    setRestored(null);
    outbox.add(submission, label);
  };
  const edit = (item: OutboxItem<Submission>) => {
    outbox.discard(item.clientId);
    if (item.submission.kind !== 'quiz-answer') setRestored({ kind: item.submission.kind, input: item.submission.input } as Restored);
  };

  return (
    <>
      <header class="bar">
        <p>{view?.sessionTitle ?? 'Co-Create Studio'}</p>
        <p class="who">
          {view ? (view.you.unitName && view.you.as.kind === 'delegate' ? `${view.you.name} · ${view.you.unitName}` : view.you.name) : ''}
        </p>
        <p class="status" role="status">
          {STATUS_WORDS[status]}
        </p>
      </header>
      <main>
        {problem ? <Notice kind="problem">{problem}</Notice> : null}
        <OutboxPanel state={queue} onSendNow={() => void outbox.flush()} onDiscard={(id) => outbox.discard(id)} onEdit={edit} />
        {view ? (
          <PhasePanel view={view} waiting={queue.items} restored={restored} onSubmit={submit} api={api} token={device.token} />
        ) : (
          <p>{status === 'reconnecting' ? STATUS_WORDS.reconnecting : 'Loading the session…'}</p>
        )}
      </main>
    </>
  );
}
