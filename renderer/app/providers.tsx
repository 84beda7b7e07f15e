import { createContext, useContext, type ReactNode } from 'react';
import type { CoCreateDb } from '../data/db';
import type { Host } from '../host/host';

const DbContext = createContext<CoCreateDb | null>(null);
const HostContext = createContext<Host | null>(null);

export function AppProviders({ db, host, children }: { db: CoCreateDb; host: Host; children: ReactNode }) {
  return (
    <HostContext.Provider value={host}>
      <DbContext.Provider value={db}>{children}</DbContext.Provider>
    </HostContext.Provider>
  );
}

/** For repository hooks only; components use the hooks in renderer/data. */
export function useDb(): CoCreateDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside AppProviders');
  return db;
}

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost outside AppProviders');
  return host;
}
