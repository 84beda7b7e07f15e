import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CoCreateDb } from './db';
import { builtInTemplates } from '../../shared/templates';
import { getJoinDisplay, getJoinWifi, setJoinDisplay, setJoinWifi, showJoinOnProjector } from './join-display-repo';
import { createSession, deleteSession } from './sessions-repo';
import { freshDbEachTest } from './test-support/fresh-db';

let db: CoCreateDb;
freshDbEachTest('join-display', (fresh) => {
  db = fresh;
});

const SESSION = '7d7c9a3e-93a4-4c33-9a62-1b0c1a1f3c11';

describe('join display', () => {
  it('is nothing until joining starts, keeps "on the projector" across a new code, and is gone when joining stops', async () => {
    expect(await getJoinDisplay(db, SESSION)).toBeNull();
    await showJoinOnProjector(db, SESSION, true);
    expect(await getJoinDisplay(db, SESSION)).toBeNull();

    await setJoinDisplay(db, SESSION, { url: 'http://127.0.0.1:4000/j/ABCDEF', code: 'ABCDEF' });
    expect(await getJoinDisplay(db, SESSION)).toEqual({ url: 'http://127.0.0.1:4000/j/ABCDEF', code: 'ABCDEF', onProjector: false });
    await showJoinOnProjector(db, SESSION, true);
    await setJoinDisplay(db, SESSION, { url: 'http://127.0.0.1:4000/j/GHJKLM', code: 'GHJKLM' });
    expect(await getJoinDisplay(db, SESSION)).toEqual({ url: 'http://127.0.0.1:4000/j/GHJKLM', code: 'GHJKLM', onProjector: true });

    await setJoinDisplay(db, SESSION, null);
    expect(await getJoinDisplay(db, SESSION)).toBeNull();
  });

  it('keeps Wi-Fi details per session, ignores a damaged record and forgets on request', async () => {
    await setJoinWifi(db, SESSION, { ssid: 'Workshop', security: 'WPA', password: 'longenough', hidden: false });
    expect(await getJoinWifi(db, SESSION)).toEqual({ ssid: 'Workshop', security: 'WPA', password: 'longenough', hidden: false });
    expect(await getJoinWifi(db, 'another-session')).toBeNull();
    await db.meta.put({ key: `join.wifi.${SESSION}`, value: { ssid: 42 } });
    expect(await getJoinWifi(db, SESSION)).toBeNull();
    await setJoinWifi(db, SESSION, null);
    expect(await db.meta.get(`join.wifi.${SESSION}`)).toBeUndefined();
  });

  it('goes with its session when the session is deleted, and no other session’s', async () => {
    const [a, b] = [await createSession(db, builtInTemplates[0]!), await createSession(db, builtInTemplates[0]!)];
    for (const s of [a, b]) {
      await setJoinDisplay(db, s.id, { url: 'http://127.0.0.1:4000/j/ABCDEF', code: 'ABCDEF' });
      await setJoinWifi(db, s.id, { ssid: 'Workshop', security: 'nopass', password: '', hidden: false });
      await db.meta.put({ key: `join.receipt.${s.id}.client-1`, value: {} });
    }
    await deleteSession(db, a.id);
    expect((await db.meta.toArray()).map((r) => r.key).filter((k) => k.startsWith('join.')).sort()).toEqual(
      [`join.display.${b.id}`, `join.receipt.${b.id}.client-1`, `join.wifi.${b.id}`].sort(),
    );
  });
});
