import { createContext, useContext, useRef } from 'react';
import type { Session } from '../../../shared/session/schema';

/**
 * Every write in a session (a card, an answer, an entry) stamps the session record's `updatedAt`,
 * so its live query hands back a fresh session object each time. The console keeps the object it
 * has while nothing but that stamp changed, so a keypress does not redraw the whole console; the
 * stamp itself reaches the one line that shows it ("Last saved") through SessionSavedAt.
 */
export function useSessionApartFromSaves<T extends Session | null | undefined>(session: T): T {
  const held = useRef<{ session: T; key: string } | null>(null);
  if (!session) return session;
  const key = JSON.stringify({ ...session, updatedAt: 0 });
  if (held.current?.key !== key) held.current = { session, key };
  return held.current.session;
}

const SavedAt = createContext(0);

export const SessionSavedAtProvider = SavedAt.Provider;

/** When the session was last stored, as the store says (0 before it has loaded). */
export const useSessionSavedAt = () => useContext(SavedAt);
