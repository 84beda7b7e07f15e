import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ConsoleSnapshot, DeviceSummary, JoinInterface, RelayStatus } from '../../../shared/join';
import type { RunState } from '../../../shared/run/schema';
import type { Session } from '../../../shared/session/schema';
import { useHost } from '../../app/providers';
import { useJoinDisplay } from '../../data/join-display-hooks';
import { useJoinSnapshot, useJoinWriter } from '../../data/join-hooks';
import { localToday } from '../work/work-format';
import { pdfReplyFor } from './pdf-reply';
import { handleRelayEvent, type RelayEventHandlers } from './relay-events';
import { joinRelayOf } from './relay-port';

export interface JoinBridgeValue {
  /** False where the host has no relay (e.g. the Vite dev server). */
  available: boolean;
  status: RelayStatus;
  /** The relay runs for this session (another session's console may have started it). */
  servingHere: boolean;
  devices: DeviceSummary[];
  /** The last command's failure, in plain words. */
  error: string | null;
  busy: boolean;
  listInterfaces(): Promise<JoinInterface[]>;
  start(address: string, port: number): Promise<void>;
  stop(): Promise<void>;
  rotateCode(): Promise<void>;
  removeDevice(deviceId: string): Promise<void>;
}

const STOPPED: RelayStatus = { running: false };
const JoinBridgeContext = createContext<JoinBridgeValue | null>(null);

export function useJoinBridge(): JoinBridgeValue {
  const value = useContext(JoinBridgeContext);
  if (!value) throw new Error('useJoinBridge outside JoinBridgeProvider');
  return value;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The console's side of the relay for one session, around the run page (console and finished view):
 * phones' submissions are validated and stored through the repositories and acknowledged; the
 * snapshot is published whenever the session changes; the join URL and code are kept for the
 * projector and worksheets; joining stops by itself when the session finishes.
 */
export function JoinBridgeProvider({ session, run, children }: { session: Session; run: RunState; children: ReactNode }) {
  const host = useHost();
  const port = useMemo(() => joinRelayOf(host), [host]);
  const writer = useJoinWriter(session.id);
  const shown = useJoinDisplay(session.id);
  const [status, setStatus] = useState<RelayStatus>(STOPPED);
  const [statusKnown, setStatusKnown] = useState(false);
  const [devices, setDevices] = useState<DeviceSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const servingHere = status.running && !!shown?.display;
  const finished = session.status === 'finished' || run.finishedAt !== null;

  const snapshot = useJoinSnapshot(session.id, servingHere, port !== null);
  const snapshotRef = useRef<ConsoleSnapshot | null>(null);
  const servingRef = useRef(servingHere);
  servingRef.current = servingHere;

  // The relay's status now (it may have been started before this page loaded).
  useEffect(() => {
    if (!port) return;
    let live = true;
    port.status().then(
      (s) => {
        if (!live) return;
        setStatus(s);
        setStatusKnown(true);
      },
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [port]);

  useEffect(() => {
    if (!port) return;
    const handlers: RelayEventHandlers = {
      serving: () => servingRef.current,
      applySubmission: (input) => writer.applySubmission(input, localToday()),
      pdfReply: (delegateId) => pdfReplyFor(host, writer, session.id, delegateId, snapshotRef.current),
      onStatus: (next) => {
        setStatus(next);
        setStatusKnown(true);
      },
      onDevices: setDevices,
    };
    return port.onEvent((event) => {
      handleRelayEvent(event, port, handlers).catch((e: unknown) => setError(messageOf(e)));
    });
  }, [port, host, writer, session.id]);

  // The projector and worksheets follow the relay's URL and code (a rotation changes both).
  const url = status.running ? status.url : null;
  const code = status.running ? status.code : null;
  useEffect(() => {
    if (!servingHere || url === null || code === null) return;
    if (shown?.display?.url !== url || shown.display.code !== code) void writer.setDisplay({ url, code });
  }, [servingHere, url, code, shown, writer]);

  // A join URL left from a relay that is no longer running (the app was closed) is not shown any more.
  useEffect(() => {
    if (statusKnown && !status.running && shown?.display) void writer.setDisplay(null);
  }, [statusKnown, status.running, shown, writer]);

  useEffect(() => {
    if (!port || !snapshot || !servingHere) return;
    snapshotRef.current = snapshot;
    port.publish(snapshot).catch((e: unknown) => setError(messageOf(e)));
  }, [port, snapshot, servingHere]);

  const runCommand = useCallback(
    async (command: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await command();
      } catch (e) {
        setError(messageOf(e));
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const stop = useCallback(
    () =>
      runCommand(async () => {
        if (!port) return;
        setStatus(await port.stop());
        setDevices([]);
        await writer.setDisplay(null);
      }),
    [port, runCommand, writer],
  );

  // Finishing the session ends joining: no phone can send anything to a finished session.
  useEffect(() => {
    if (finished && servingHere) void stop();
  }, [finished, servingHere, stop]);

  const value = useMemo<JoinBridgeValue>(
    () => ({
      available: port !== null,
      status,
      servingHere,
      devices,
      error,
      busy,
      listInterfaces: () => (port ? port.listInterfaces() : Promise.resolve([])),
      start: (address, portNumber) =>
        runCommand(async () => {
          if (!port) return;
          const next = await port.start({ address, port: portNumber });
          setStatus(next);
          setStatusKnown(true);
          if (next.running) await writer.setDisplay({ url: next.url, code: next.code });
        }),
      stop,
      rotateCode: () =>
        runCommand(async () => {
          if (!port) return;
          const next = await port.rotateCode();
          setStatus(next);
          if (next.running) await writer.setDisplay({ url: next.url, code: next.code });
        }),
      removeDevice: (deviceId) =>
        runCommand(async () => {
          if (port) setDevices(await port.removeDevice(deviceId));
        }),
    }),
    [port, status, servingHere, devices, error, busy, runCommand, stop, writer],
  );

  return <JoinBridgeContext.Provider value={value}>{children}</JoinBridgeContext.Provider>;
}
