import type { z } from 'zod';
import { cardSchema, quizAnswerSchema, quizTallySchema, runStateSchema, themeSchema } from '../run/schema';
import { roadshowMemberSchema } from '../roadshow/schema';
import { delegateSchema, sessionSchema, unitSchema, type Session } from '../session/schema';
import { actionSchema, channelSchema, mapEntrySchema, planSchema } from '../work/schema';
import type { ContentKind } from './template-content';
import { tombstoneSchema } from './tombstone';

/*
 * Every kind of record the app stores, defined once. The Dexie schema, the session cascade, archive
 * export and import, the integrity check, re-identification and merge all read this list, so adding
 * a kind is one entry here plus its schema (and a numbered Dexie migration that adds its table).
 */

/**
 * A field that holds the id of another record. `path` is dotted; `[]` after a segment walks a list,
 * `{}` walks an object's keys. A missing or null value is "no reference".
 */
export interface Reference {
  path: string;
  /** A record kind of the same session, or an id from the session's own template copy. */
  to: { kind: string } | { content: ContentKind };
  /** The referenced record must have the same value in this field (e.g. an action's channel is its own unit's). */
  sameField?: string;
  /** What a merge does when the referenced record was deleted: drop the referring record, or set its top-level field (`themeId`, `link`) to null. */
  onMissing?: 'drop' | 'clear';
  /** How the referenced thing is called in a message: "a unit", "a quiz statement". */
  noun: string;
}

export interface RecordKind<T> {
  /** Dexie table name and archive entry name; the same as its key in `recordKinds`. */
  table: string;
  /** Plain words for messages. */
  one: string;
  many: string;
  schema: z.ZodType<T>;
  /** Dexie index string, primary key first. */
  indexes: string;
  /** The primary key field. */
  idField: string & keyof T;
  /** The field naming the session the record belongs to (the session's own id for sessions). */
  sessionField: string & keyof T;
  /** 'one': exactly one per session; 'optional': at most one; 'many': a list. */
  cardinality: 'one' | 'optional' | 'many';
  references: readonly Reference[];
  /** The field saying when the record last changed: the newer copy wins a merge. */
  updatedField: string & keyof T;
  /** The order records are written to an archive in (the order the facilitator sees them). */
  order?: (a: T, b: T) => number;
  /**
   * Duplicating a session for the next campus: 'leave' keeps this kind's records behind (people
   * and run data), or a function gives one record's copy (fields reset as needed) or null to leave
   * it. Required, so a new kind must decide; new ids, session and times are the duplicate's job.
   */
  duplicate: 'leave' | ((record: T, source: Session) => T | null);
}

function kind<T>(definition: RecordKind<T>): RecordKind<T> {
  return definition;
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
const unitRef = { path: 'unitId', to: { kind: 'units' }, noun: 'a unit' } as const;

export const recordKinds = {
  sessions: kind({
    table: 'sessions',
    one: 'session',
    many: 'sessions',
    schema: sessionSchema,
    indexes: 'id, status, updatedAt',
    idField: 'id',
    sessionField: 'id',
    cardinality: 'one',
    updatedField: 'updatedAt',
    references: [],
    // Same template snapshot, title, facilitators, agenda edits and settings; a new campus, venue and date.
    duplicate: (session) => ({ ...session, campus: '', venue: '', date: '', startTime: '', status: 'draft' as const }),
  }),
  runStates: kind({
    table: 'runStates',
    one: 'run state',
    many: 'run states',
    schema: runStateSchema,
    indexes: 'sessionId',
    idField: 'sessionId',
    sessionField: 'sessionId',
    cardinality: 'optional',
    updatedField: 'updatedAt',
    references: [
      { path: 'currentPhaseId', to: { content: 'phase' }, noun: 'an agenda phase' },
      { path: 'completedPhaseIds[]', to: { content: 'phase' }, noun: 'an agenda phase' },
      { path: 'phaseActualMs{}', to: { content: 'phase' }, noun: 'an agenda phase' },
      { path: 'timer.phaseId', to: { content: 'phase' }, noun: 'an agenda phase' },
    ],
    duplicate: 'leave',
  }),
  units: kind({
    table: 'units',
    one: 'unit',
    many: 'units',
    schema: unitSchema,
    indexes: 'id, sessionId',
    idField: 'id',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [],
    order: byOrder,
    // Anonymous tables carry over (no people in them); named units are the delegates' own.
    duplicate: (unit, source) => (source.unitMode === 'tables' && unit.kind === 'table' ? unit : null),
  }),
  delegates: kind({
    table: 'delegates',
    one: 'delegate',
    many: 'delegates',
    schema: delegateSchema,
    indexes: 'id, sessionId, unitId',
    idField: 'id',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [{ path: 'unitId', to: { kind: 'units' }, onMissing: 'clear', noun: 'a unit' }],
    order: byOrder,
    duplicate: 'leave',
  }),
  quizAnswers: kind({
    table: 'quizAnswers',
    one: 'quiz answer',
    many: 'quiz answers',
    schema: quizAnswerSchema,
    indexes: 'id, sessionId, [sessionId+statementId+round], delegateId',
    idField: 'id',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'answeredAt',
    references: [
      { path: 'delegateId', to: { kind: 'delegates' }, noun: 'a delegate' },
      { path: 'statementId', to: { content: 'statement' }, noun: 'a quiz statement' },
    ],
    duplicate: 'leave',
  }),
  quizTallies: kind({
    table: 'quizTallies',
    one: 'quiz tally',
    many: 'quiz tallies',
    schema: quizTallySchema,
    indexes: 'id, sessionId, [sessionId+statementId+round]',
    idField: 'id',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [{ path: 'statementId', to: { content: 'statement' }, noun: 'a quiz statement' }],
    duplicate: 'leave',
  }),
  themes: kind({
    table: 'themes',
    one: 'theme',
    many: 'themes',
    schema: themeSchema,
    indexes: 'id, sessionId, [sessionId+phaseId]',
    idField: 'id',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [{ path: 'phaseId', to: { content: 'discussionPhase' }, noun: 'a discussion phase' }],
    duplicate: 'leave',
  }),
  cards: kind({
    table: 'cards',
    one: 'discussion card',
    many: 'discussion cards',
    schema: cardSchema,
    indexes: 'id, sessionId, [sessionId+phaseId], themeId',
    idField: 'id',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [
      { path: 'phaseId', to: { content: 'discussionPhase' }, noun: 'a discussion phase' },
      { path: 'themeId', to: { kind: 'themes' }, onMissing: 'clear', noun: 'a theme' },
      { path: 'delegateId', to: { kind: 'delegates' }, onMissing: 'clear', noun: 'a delegate' },
      { path: 'unitId', to: { kind: 'units' }, onMissing: 'clear', noun: 'a unit' },
      { path: 'topicId', to: { content: 'topic' }, noun: 'a discussion topic' },
    ],
    duplicate: 'leave',
  }),
  mapEntries: kind({
    table: 'mapEntries',
    one: 'map entry',
    many: 'map entries',
    schema: mapEntrySchema,
    indexes: 'id, sessionId, unitId, [sessionId+unitId]',
    idField: 'id',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [
      unitRef,
      { path: 'columnId', to: { content: 'column' }, noun: 'a map column' },
      { path: 'rowId', to: { content: 'row' }, noun: 'a map row' },
      { path: 'strengthId', to: { content: 'strength' }, noun: 'a strength' },
      { path: 'frequencyId', to: { content: 'frequency' }, noun: 'a frequency' },
      { path: 'suggestionId', to: { content: 'mapSuggestion' }, noun: 'a map suggestion' },
    ],
    duplicate: 'leave',
  }),
  channels: kind({
    table: 'channels',
    one: 'channel',
    many: 'channels',
    schema: channelSchema,
    indexes: 'id, sessionId, unitId, [sessionId+unitId]',
    idField: 'id',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [unitRef, { path: 'suggestionId', to: { content: 'channelSuggestion' }, noun: 'a channel suggestion' }],
    duplicate: 'leave',
  }),
  actions: kind({
    table: 'actions',
    one: 'action',
    many: 'actions',
    schema: actionSchema,
    indexes: 'id, sessionId, unitId, [sessionId+unitId]',
    idField: 'id',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [
      unitRef,
      { path: 'link.channelId', to: { kind: 'channels' }, sameField: 'unitId', onMissing: 'clear', noun: "a channel of the action's own unit" },
      { path: 'link.cardId', to: { kind: 'cards' }, onMissing: 'clear', noun: 'a discussion card' },
      { path: 'link.columnId', to: { content: 'column' }, noun: 'a map column' },
      { path: 'link.rowId', to: { content: 'row' }, noun: 'a map row' },
      { path: 'stageId', to: { content: 'stage' }, noun: 'a stage' },
      { path: 'priorityId', to: { content: 'priority' }, noun: 'a priority' },
    ],
    duplicate: 'leave',
  }),
  plans: kind({
    table: 'plans',
    one: 'plan',
    many: 'plans',
    schema: planSchema,
    indexes: 'unitId, sessionId',
    idField: 'unitId',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [unitRef],
    duplicate: 'leave',
  }),
  roadshowMembers: kind({
    // A session's place in a roadshow, keyed by the session: at most one roadshow per session.
    table: 'roadshowMembers',
    one: 'roadshow membership',
    many: 'roadshow memberships',
    schema: roadshowMemberSchema,
    indexes: 'sessionId, roadshowId',
    idField: 'sessionId',
    sessionField: 'sessionId',
    cardinality: 'many',
    updatedField: 'updatedAt',
    references: [],
    duplicate: 'leave',
  }),
  tombstones: kind({
    table: 'tombstones',
    one: 'deleted-record note',
    many: 'deleted-record notes',
    schema: tombstoneSchema,
    indexes: 'id, sessionId',
    idField: 'id',
    sessionField: 'sessionId',
    updatedField: 'deletedAt',
    cardinality: 'many',
    references: [],
    duplicate: 'leave',
  }),
} as const;

export type RecordKinds = typeof recordKinds;
export type RecordKindName = keyof RecordKinds;
export type RecordOf<K extends RecordKindName> = RecordKinds[K] extends RecordKind<infer T> ? T : never;

/** Every kind, in the order an import writes them (referenced kinds first). */
export const recordKindList: readonly RecordKind<unknown>[] = Object.values(recordKinds) as readonly RecordKind<unknown>[];

/** The Dexie `stores()` argument for the record tables. */
export function dexieStores(): Record<RecordKindName, string> {
  return Object.fromEntries(recordKindList.map((k) => [k.table, k.indexes])) as Record<RecordKindName, string>;
}
