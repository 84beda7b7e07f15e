/** @jsxImportSource preact */
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { JoinApi } from './api';
import { codeFromPath, forgetDevice, loadDevice, saveDevice, type StoredDevice } from './device-store';
import { JoinScreen } from './JoinScreen';
import { LiveScreen } from './LiveScreen';
import type { KeyValueStore } from './outbox';

/** Joining, then the live phase; back to joining (with the relay's reason) when the place ends. */
export function PhoneApp({ api, storage, pathname }: { api: JoinApi; storage: KeyValueStore; pathname: string }) {
  const code = useMemo(() => codeFromPath(pathname), [pathname]);
  const [device, setDevice] = useState<StoredDevice | null>(() => {
    const stored = loadDevice(storage, Date.now());
    // A phone that joined another session before (another code) joins this one afresh.
    return stored && (code === '' || stored.code.toUpperCase() === code.toUpperCase()) ? stored : null;
  });
  const [notice, setNotice] = useState<string | null>(null);
  const ended = useCallback(
    (message: string) => {
      forgetDevice(storage);
      setDevice(null);
      setNotice(message);
    },
    [storage],
  );

  if (!device) {
    return (
      <JoinScreen
        api={api}
        initialCode={code}
        notice={notice}
        onJoined={(reply, as, joinedCode) => {
          const next = { token: reply.token, deviceId: reply.deviceId, expiresAt: reply.expiresAt, as, code: joinedCode };
          saveDevice(storage, next);
          setNotice(null);
          setDevice(next);
        }}
      />
    );
  }
  return <LiveScreen key={device.deviceId} api={api} device={device} storage={storage} onEnded={ended} />;
}
