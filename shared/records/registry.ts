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
  /**
   * The index that finds one session's records when it is not `sessionField` itself: a compound
   * index that starts with it. Such a kind keeps no single-field session index, since every index
   * is paid again on each write (an import puts thousands of these).
   */
  sessionIndex?: string;
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

/** What an entry must say; the rest defaults to the common case (keyed by `id`, many per session, no references). */
type KindDefinition<T> = Omit<RecordKind<T>, 'idField' | 'sessionField' | 'cardinality' | 'updatedField' | 'references'> &
  Partial<Pick<RecordKind<T>, 'idField' | 'sessionField' | 'cardinality' | 'updatedField' | 'references'>>;

function kind<T>(definition: KindDefinition<T>): RecordKind<T> {
  return {
    idField: 'id' as string & keyof T,
    sessionField: 'sessionId' as string & keyof T,
    cardinality: 'many',
    updatedField: 'updatedAt' as string & keyof T,
    references: [],
    ...definition,
  };
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
const unitRef = { path: 'unitId', to: { kind: 'units' }, noun: 'a unit' } as const;

/** How an id from the session's template copy is called in a message. */
const contentNoun: Record<ContentKind, string> = {
  phase: 'an agenda phase',
  discussionPhase: 'a discussion phase',
  statement: 'a quiz statement',
  topic: 'a discussion topic',
  column: 'a map column',
  row: 'a map row',
  strength: 'a strength',
  frequency: 'a frequency',
  mapSuggestion: 'a map suggestion',
  channelSuggestion: 'a channel suggestion',
  stage: 'a stage',
  priority: 'a priority',
};

/** References into the session's template copy, by path. */
function contentRefs(paths: Record<string, ContentKind>): Reference[] {
  return Object.entries(paths).map(([path, content]) => ({ path, to: { content }, noun: contentNoun[content] }));
}

export const recordKinds = {
  sessions: kind({
    table: 'sessions',
    one: 'session',
    many: 'sessions',
    schema: sessionSchema,
    indexes: 'id, status, updatedAt',
    sessionField: 'id',
    cardinality: 'one',
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
    cardinality: 'optional',
    references: contentRefs({ currentPhaseId: 'phase', 'completedPhaseIds[]': 'phase', 'phaseActualMs{}': 'phase', 'timer.phaseId': 'phase' }),
    duplicate: 'leave',
  }),
  units: kind({
    table: 'units',
    one: 'unit',
    many: 'units',
    schema: unitSchema,
    indexes: 'id, sessionId',
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
    references: [{ ...unitRef, onMissing: 'clear' }],
    order: byOrder,
    duplicate: 'leave',
  }),
  quizAnswers: kind({
    table: 'quizAnswers',
    one: 'quiz answer',
    many: 'quiz answers',
    schema: quizAnswerSchema,
    indexes: 'id, sessionId, [sessionId+statementId+round], delegateId',
    updatedField: 'answeredAt',
    references: [{ path: 'delegateId', to: { kind: 'delegates' }, noun: 'a delegate' }, ...contentRefs({ statementId: 'statement' })],
    duplicate: 'leave',
  }),
  quizTallies: kind({
    table: 'quizTallies',
    one: 'quiz tally',
    many: 'quiz tallies',
    schema: quizTallySchema,
    indexes: 'id, sessionId, [sessionId+statementId+round]',
    references: contentRefs({ statementId: 'statement' }),
    duplicate: 'leave',
  }),
  themes: kind({
    table: 'themes',
    one: 'theme',
    many: 'themes',
    schema: themeSchema,
    indexes: 'id, sessionId, [sessionId+phaseId]',
    references: contentRefs({ phaseId: 'discussionPhase' }),
    duplicate: 'leave',
  }),
  cards: kind({
    table: 'cards',
    one: 'discussion card',
    many: 'discussion cards',
    schema: cardSchema,
    indexes: 'id, sessionId, [sessionId+phaseId], themeId',
    references: [
      ...contentRefs({ phaseId: 'discussionPhase' }),
      { path: 'themeId', to: { kind: 'themes' }, onMissing: 'clear', noun: 'a theme' },
      { path: 'delegateId', to: { kind: 'delegates' }, onMissing: 'clear', noun: 'a delegate' },
      { ...unitRef, onMissing: 'clear' },
      ...contentRefs({ topicId: 'topic' }),
    ],
    duplicate: 'leave',
  }),
  mapEntries: kind({
    table: 'mapEntries',
    one: 'map entry',
    many: 'map entries',
    schema: mapEntrySchema,
    indexes: 'id, [sessionId+unitId]',
    sessionIndex: '[sessionId+unitId]',
    references: [unitRef, ...contentRefs({ columnId: 'column', rowId: 'row', strengthId: 'strength', frequencyId: 'frequency', suggestionId: 'mapSuggestion' })],
    duplicate: 'leave',
  }),
  channels: kind({
    table: 'channels',
    one: 'channel',
    many: 'channels',
    schema: channelSchema,
    indexes: 'id, [sessionId+unitId]',
    sessionIndex: '[sessionId+unitId]',
    references: [unitRef, ...contentRefs({ suggestionId: 'channelSuggestion' })],
    duplicate: 'leave',
  }),
  actions: kind({
    table: 'actions',
    one: 'action',
    many: 'actions',
    schema: actionSchema,
    indexes: 'id, [sessionId+unitId]',
    sessionIndex: '[sessionId+unitId]',
    references: [
      unitRef,
      { path: 'link.channelId', to: { kind: 'channels' }, sameField: 'unitId', onMissing: 'clear', noun: "a channel of the action's own unit" },
      { path: 'link.cardId', to: { kind: 'cards' }, onMissing: 'clear', noun: 'a discussion card' },
      ...contentRefs({ 'link.columnId': 'column', 'link.rowId': 'row', stageId: 'stage', priorityId: 'priority' }),
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
    duplicate: 'leave',
  }),
  tombstones: kind({
    table: 'tombstones',
    one: 'deleted-record note',
    many: 'deleted-record notes',
    schema: tombstoneSchema,
    indexes: 'id, sessionId',
    updatedField: 'deletedAt',
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
