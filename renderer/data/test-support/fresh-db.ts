import { afterEach, beforeEach } from 'vitest';
import { CoCreateDb } from '../db';

/**
 * Gives every test its own empty database (fake-indexeddb), deleted after the test, so tests never see each
 * other's records. `use` receives the opened database before each test (assign it, or seed it).
 */
export function freshDbEachTest(name: string, use: (db: CoCreateDb) => void | Promise<void>): void {
  let db: CoCreateDb | undefined;
  beforeEach(async () => {
    db = new CoCreateDb(`${name}-${crypto.randomUUID()}`);
    await db.open();
    await use(db);
  });
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });
}
