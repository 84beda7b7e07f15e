import Dexie, { type Table } from 'dexie';
import type { Card, QuizAnswer, QuizTally, RunState, Theme } from '../../shared/run/schema';
import type { Delegate, Session, Unit } from '../../shared/session/schema';
import type { Action, Channel, MapEntry, Plan } from '../../shared/work/schema';

export const DB_NAME = 'co-create-studio';
/** Bumped with every Dexie schema change; stored in `meta` so an older app refuses a newer database. */
export const APP_DB_SCHEMA_VERSION = 1;

export interface MetaRecord {
  key: string;
  value: unknown;
}

export class DatabaseTooNewError extends Error {
  constructor(readonly storedVersion: number) {
    super(
      `This computer's Co-Create Studio data was written by a newer version of the app (data version ${storedVersion}, this app understands ${APP_DB_SCHEMA_VERSION}). Please update the app; nothing has been changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/**
 * One table per record kind, keyed by UUID and indexed by session, so later features add rows,
 * not fields to one giant document. Every write goes through the repositories in this folder.
 */
export class CoCreateDb extends Dexie {
  sessions!: Table<Session, string>;
  delegates!: Table<Delegate, string>;
  units!: Table<Unit, string>;
  runStates!: Table<RunState, string>;
  quizAnswers!: Table<QuizAnswer, string>;
  quizTallies!: Table<QuizTally, string>;
  cards!: Table<Card, string>;
  themes!: Table<Theme, string>;
  mapEntries!: Table<MapEntry, string>;
  channels!: Table<Channel, string>;
  actions!: Table<Action, string>;
  plans!: Table<Plan, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name: string = DB_NAME) {
    // Chromium's default "relaxed" durability can lose the last writes on power loss.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      sessions: 'id, status, updatedAt',
      delegates: 'id, sessionId, unitId',
      units: 'id, sessionId',
      runStates: 'sessionId',
      quizAnswers: 'id, sessionId, [sessionId+statementId+round], delegateId',
      quizTallies: 'id, sessionId, [sessionId+statementId+round]',
      cards: 'id, sessionId, [sessionId+phaseId], themeId',
      themes: 'id, sessionId, [sessionId+phaseId]',
      mapEntries: 'id, sessionId, unitId, [sessionId+unitId]',
      channels: 'id, sessionId, unitId, [sessionId+unitId]',
      actions: 'id, sessionId, unitId, [sessionId+unitId]',
      plans: 'unitId, sessionId',
      meta: 'key',
    });
    this.on('ready', async (db) => {
      const stored = await (db as CoCreateDb).meta.get('schemaVersion');
      const version = typeof stored?.value === 'number' ? stored.value : 0;
      if (version > APP_DB_SCHEMA_VERSION) throw new DatabaseTooNewError(version);
      if (version < APP_DB_SCHEMA_VERSION) await (db as CoCreateDb).meta.put({ key: 'schemaVersion', value: APP_DB_SCHEMA_VERSION });
    });
  }

  /** Every table holding one session's records, for cascades and archives. */
  sessionTables() {
    return [
      this.delegates,
      this.units,
      this.quizAnswers,
      this.quizTallies,
      this.cards,
      this.themes,
      this.mapEntries,
      this.channels,
      this.actions,
      this.plans,
    ] as const;
  }
}

/** Unwraps Dexie's wrappers so quota errors are recognised (they can arrive as an AbortError). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
