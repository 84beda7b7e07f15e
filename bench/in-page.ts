/**
 * Timers that run inside the page (Playwright sends each function's source, so each is self-contained).
 * "Painted" means: the change is in the DOM, then one animation frame ran and the task after it
 * started, i.e. the browser has had its chance to paint that frame.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __benchPending?: Promise<number>;
    __benchFloorDb?: Promise<IDBDatabase>;
  }
}

/**
 * Arms a timer that starts on the next keydown of `key` (capture phase, before the app sees it) and
 * stops once `selector` matches an element whose text includes `text`, plus one frame.
 */
export async function armKeyToPaint(page: Page, key: string, selector: string, text = ''): Promise<void> {
  await page.evaluate(
    ([key, selector, text]) => {
      window.__benchPending = new Promise<number>((resolve) => {
        let start = -1;
        const onKey = (event: KeyboardEvent) => {
          if (event.key === key && start < 0) start = performance.now();
        };
        document.addEventListener('keydown', onKey, true);
        const done = () => {
          const element = document.querySelector(selector);
          return start >= 0 && element !== null && (element.textContent ?? '').includes(text);
        };
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          document.removeEventListener('keydown', onKey, true);
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    },
    [key, selector, text] as const,
  );
}

export async function settled(page: Page): Promise<number> {
  return page.evaluate(() => window.__benchPending!);
}

/** The floor of a keypress: one raw IndexedDB put with strict durability, then one frame. */
export async function rawPutFloor(page: Page): Promise<number> {
  return page.evaluate(async () => {
    window.__benchFloorDb ??= new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bench-floor', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const db = await window.__benchFloorDb;
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
      tx.objectStore('records').put({ id: crypto.randomUUID(), what: 'A map entry of realistic length', createdAt: Date.now() });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      }),
    );
  });
}

/** The floor of opening an archive: JSON.parse and a raw put of every record in one strict transaction. */
export async function parseAndPutFloor(page: Page, json: string): Promise<number> {
  return page.evaluate(async (json) => {
    const name = `bench-import-${crypto.randomUUID()}`;
    const kinds = ['units', 'delegates', 'mapEntries', 'channels', 'actions', 'plans', 'cards', 'themes', 'quizAnswers', 'quizTallies'];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        for (const kind of kinds) open.result.createObjectStore(kind, { keyPath: kind === 'plans' ? 'unitId' : 'id' });
        open.result.createObjectStore('sessions', { keyPath: 'id' });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const start = performance.now();
    const archive = JSON.parse(json) as Record<string, unknown>;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction([...kinds, 'sessions'], 'readwrite', { durability: 'strict' });
      tx.objectStore('sessions').put(archive.session);
      for (const kind of kinds) {
        const store = tx.objectStore(kind);
        for (const record of (archive[kind] as unknown[] | undefined) ?? []) store.put(record);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const elapsed = performance.now() - start;
    db.close();
    indexedDB.deleteDatabase(name);
    return elapsed;
  }, json);
}

/** Milliseconds from navigation start until `<html data-ready="true">` (the app's own ready signal). */
export function recordReadyAt(): void {
  const mark = () => {
    if (document.documentElement.dataset.ready === 'true' && !('__readyAt' in window)) Object.assign(window, { __readyAt: performance.now() });
  };
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  addEventListener('load', () => Object.assign(window, { __loadAt: performance.now() }));
}
