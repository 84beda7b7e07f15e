import { z } from 'zod';
import type { CoCreateDb } from './db';

/*
 * What the projector and the printed worksheets show so delegates can join from their phones: the
 * short URL and the join code while the relay runs (never a name), and the optional Wi-Fi details
 * the facilitator typed. Kept in this computer's meta table, not in the session: it belongs to this
 * laptop's network for this day, and never travels in an archive.
 */

const displayKey = (sessionId: string) => `join.display.${sessionId}`;
const wifiKey = (sessionId: string) => `join.wifi.${sessionId}`;

export const joinDisplaySchema = z.object({
  /** The short URL with the code, e.g. http://192.168.137.1:47620/j/K7P2QX. */
  url: z.string().max(200),
  code: z.string().max(20),
  /** The projector shows the join slide instead of the phase. */
  onProjector: z.boolean(),
});
export type JoinDisplay = z.infer<typeof joinDisplaySchema>;

export const wifiDetailsSchema = z.object({
  ssid: z.string().max(64),
  security: z.enum(['WPA', 'WEP', 'nopass']),
  password: z.string().max(64),
  hidden: z.boolean(),
});
export type StoredWifiDetails = z.infer<typeof wifiDetailsSchema>;

/** The join details shown now, or null when delegates cannot join. */
export async function getJoinDisplay(db: CoCreateDb, sessionId: string): Promise<JoinDisplay | null> {
  const parsed = joinDisplaySchema.safeParse((await db.meta.get(displayKey(sessionId)))?.value);
  return parsed.success ? parsed.data : null;
}

/** Sets what is shown (null: joining stopped, so nothing is shown any more). */
export async function setJoinDisplay(db: CoCreateDb, sessionId: string, display: Omit<JoinDisplay, 'onProjector'> | null): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if (display === null) return db.meta.delete(displayKey(sessionId));
    // A new code or URL keeps the projector as the facilitator left it.
    const onProjector = (await getJoinDisplay(db, sessionId))?.onProjector ?? false;
    await db.meta.put({ key: displayKey(sessionId), value: joinDisplaySchema.parse({ ...display, onProjector }) });
  });
}

export async function showJoinOnProjector(db: CoCreateDb, sessionId: string, onProjector: boolean): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await getJoinDisplay(db, sessionId);
    if (current) await db.meta.put({ key: displayKey(sessionId), value: { ...current, onProjector } });
  });
}

export async function getJoinWifi(db: CoCreateDb, sessionId: string): Promise<StoredWifiDetails | null> {
  const parsed = wifiDetailsSchema.safeParse((await db.meta.get(wifiKey(sessionId)))?.value);
  return parsed.success ? parsed.data : null;
}

/** Stores the Wi-Fi details to print and project (checked by the caller with wifiPayload), or forgets them. */
export async function setJoinWifi(db: CoCreateDb, sessionId: string, wifi: StoredWifiDetails | null): Promise<void> {
  if (wifi === null) await db.meta.delete(wifiKey(sessionId));
  else await db.meta.put({ key: wifiKey(sessionId), value: wifiDetailsSchema.parse(wifi) });
}
