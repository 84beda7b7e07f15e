// Frozen: archive format version 3 (a zip: manifest.json plus, per session, one JSON entry per record
// kind, and the roadshow the sessions form; see docs/archive-format.md). Never edit this file once
// released. It imports nothing but zod (a lint rule enforces this) and holds no defaults: missing
// optional fields are filled in by ../migrate.ts. The record schemas are copies of format 2's, plus
// roadshow memberships; format 2's file is not imported, so each version stands alone.
import { z } from 'zod';

/** The largest epoch-milliseconds value a JavaScript Date can show. */
const MAX_TIME = 8_640_000_000_000_000;
const time = z.number().int().min(0).max(MAX_TIME);
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);
const required = (max: number) => z.string().trim().min(1).max(max);
const text = (max: number) => z.string().trim().max(max);

/** YYYY-MM-DD that names a day on the calendar (no 2027-13-45). */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
const date = z.union([z.literal(''), z.string().refine(isCalendarDate, { message: 'not a calendar date' })]);
const clock = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)]);
/** A date or a term; text that looks like a date must be a real one. */
const byWhen = text(60).refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isCalendarDate(v), { message: 'not a calendar date' });
const lived = z.enum(['yes', 'no', 'unsure']);

// ---------------------------------------------------------------- the session's template copy

const labelled = z.object({ id: slug, label: required(200) });
const phaseBase = {
  id: slug,
  title: required(120),
  minutes: z.number().int().min(0).max(240),
  audiencePrompt: text(1000),
  facilitatorNotes: text(4000),
};
const actionFieldKeys = ['what', 'why', 'owner', 'partner', 'firstStep', 'byWhen', 'stage', 'success', 'priority', 'livedExperience'] as const;
const perField = <T extends z.ZodType>(value: T) => z.object(Object.fromEntries(actionFieldKeys.map((k) => [k, value])) as Record<(typeof actionFieldKeys)[number], T>);

const phase = z.discriminatedUnion('kind', [
  z.object({ ...phaseBase, kind: z.literal('intro'), points: z.array(required(600)).max(50).optional() }),
  z
    .object({
      ...phaseBase,
      kind: z.literal('quiz'),
      statements: z.array(z.object({ id: slug, text: required(400), answer: z.boolean(), explanation: required(1200), source: required(400) })).min(1).max(200),
      selectedStatementIds: z.array(slug).max(200),
    })
    .refine((p) => p.selectedStatementIds.every((id) => p.statements.some((s) => s.id === id)), { message: 'unknown statement id' }),
  z.object({
    ...phaseBase,
    kind: z.literal('discussion'),
    topics: z.array(z.object({ id: slug, title: required(200), prompt: text(600).optional() })).max(50).optional(),
    showCaseStudy: z.boolean().optional(),
    scaffoldPrompts: z.array(required(400)).max(50).optional(),
    groundRules: z.array(required(400)).max(50).optional(),
    oneTopicPerTable: z.boolean().optional(),
  }),
  z
    .object({
      ...phaseBase,
      kind: z.literal('mapping'),
      columns: z.array(labelled).min(1).max(50),
      rows: z.array(labelled).min(1).max(50),
      strengths: z.array(z.object({ id: slug, level: z.number().int().min(0).max(9), label: required(80), definition: text(400).optional(), example: text(400).optional() })).min(2).max(10),
      gapBelowLevel: z.number().int().min(1).max(9),
      frequencies: z.array(labelled).min(1).max(50),
      partnerLabel: required(80),
      smallProviderNote: text(1000).optional(),
      suggestions: z.array(z.object({ id: slug, columnId: slug, label: required(200) })).max(500),
    })
    .refine((p) => p.suggestions.every((s) => p.columns.some((c) => c.id === s.columnId)), { message: 'unknown column id' }),
  z.object({ ...phaseBase, kind: z.literal('channels'), suggestions: z.array(labelled).max(500) }),
  z.object({
    ...phaseBase,
    kind: z.literal('action-plan'),
    fieldLabels: perField(required(80)),
    priorities: z.array(labelled).min(1).max(50),
    workedExample: perField(text(400).optional()).optional(),
  }),
  z.object({ ...phaseBase, kind: z.literal('close'), points: z.array(required(600)).max(50).optional() }),
]);

export const templateV3Schema = z
  .object({
    id: slug,
    revision: z.number().int().min(1),
    title: required(160),
    description: required(2000),
    durationMinutes: z.number().int().min(1).max(600),
    phases: z.array(phase).min(1).max(50),
    readingList: z.array(z.object({ id: slug, citation: required(600), note: text(600).optional() })).max(200).optional(),
  })
  .refine((t) => new Set(t.phases.map((p) => p.id)).size === t.phases.length, { message: 'duplicate phase id' });

// ---------------------------------------------------------------- records

export const sessionV3Schema = z.object({
  id: uuid,
  title: required(160),
  campus: text(120),
  venue: text(160),
  date,
  startTime: clock,
  facilitators: z.array(required(120)).max(20),
  caseStudy: text(6000),
  unitMode: z.enum(['individual', 'groups', 'tables']),
  quizMode: z.enum(['tally', 'per-delegate']),
  quizRepeatAtClose: z.boolean(),
  template: templateV3Schema,
  status: z.enum(['draft', 'running', 'finished']),
  createdAt: time,
  updatedAt: time,
});

export const delegateV3Schema = z.object({
  id: uuid,
  sessionId: uuid,
  name: required(120),
  role: text(120),
  institution: text(160),
  email: z.union([z.literal(''), z.email().max(254)]),
  unitId: uuid.nullable(),
  walkIn: z.boolean(),
  order: z.number().int().nonnegative(),
  createdAt: time,
  updatedAt: time,
});

export const unitV3Schema = z.object({
  id: uuid,
  sessionId: uuid,
  kind: z.enum(['delegate', 'group', 'table']),
  name: required(120),
  order: z.number().int().nonnegative(),
  createdAt: time,
  updatedAt: time,
});

const round = z.enum(['before', 'after']);
export const runStateV3Schema = z.object({
  sessionId: uuid,
  currentPhaseId: slug,
  phaseActualMs: z.record(slug, z.number().int().nonnegative().max(MAX_TIME)).refine((r) => Object.keys(r).length <= 50, { message: 'too many phases' }),
  completedPhaseIds: z.array(slug).max(50),
  timer: z.object({
    phaseId: slug,
    plannedMs: z.number().int().nonnegative().max(MAX_TIME),
    addedMs: z.number().int().nonnegative().max(MAX_TIME),
    elapsedBeforeMs: z.number().int().nonnegative().max(MAX_TIME),
    runningSince: time.nullable(),
  }),
  quiz: z.object({ round, statementIndex: z.number().int().nonnegative().max(1000), revealed: z.boolean() }),
  projector: z.object({ blank: z.boolean(), frozen: z.boolean(), theme: z.enum(['dark', 'light']) }),
  startedAt: time,
  finishedAt: time.nullable(),
  updatedAt: time,
});

export const quizAnswerV3Schema = z.object({
  id: uuid,
  sessionId: uuid,
  statementId: slug,
  delegateId: uuid,
  round,
  answer: z.enum(['true', 'false', 'unsure']),
  answeredAt: time,
});

const count = z.number().int().min(0).max(10000);
export const quizTallyV3Schema = z.object({
  id: uuid,
  sessionId: uuid,
  statementId: slug,
  round,
  trueCount: count,
  falseCount: count,
  unsureCount: count,
  updatedAt: time,
});

export const cardV3Schema = z.object({
  id: uuid,
  sessionId: uuid,
  phaseId: slug,
  text: required(500),
  delegateId: uuid.nullable(),
  unitId: uuid.nullable(),
  topicId: slug.nullable(),
  themeId: uuid.nullable(),
  votes: z.number().int().min(0).max(1000),
  actionCandidate: z.boolean(),
  order: z.number(),
  createdAt: time,
  updatedAt: time,
});

export const themeV3Schema = z.object({ id: uuid, sessionId: uuid, phaseId: slug, name: required(120), order: z.number(), createdAt: time, updatedAt: time });

export const mapEntryV3Schema = z.object({
  id: uuid,
  sessionId: uuid,
  unitId: uuid,
  columnId: slug,
  rowId: slug,
  what: required(200),
  partner: text(160),
  frequencyId: slug.nullable(),
  strengthId: slug,
  livedExperience: lived,
  note: text(1000),
  suggestionId: slug.nullable(),
  order: z.number(),
  createdAt: time,
  updatedAt: time,
});

export const channelV3Schema = z.object({
  id: uuid,
  sessionId: uuid,
  unitId: uuid,
  suggestionId: slug.nullable(),
  name: required(160),
  reaches: text(300),
  livedExperience: lived,
  unionSupport: text(600),
  note: text(1000),
  order: z.number(),
  createdAt: time,
  updatedAt: time,
});

export const actionV3Schema = z.object({
  id: uuid,
  sessionId: uuid,
  unitId: uuid,
  what: required(300),
  why: text(600),
  link: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('gap'), columnId: slug, rowId: slug }),
      z.object({ kind: z.literal('channel'), channelId: uuid }),
      z.object({ kind: z.literal('card'), cardId: uuid }),
    ])
    .nullable(),
  owner: required(120),
  partner: text(160),
  firstStep: text(300),
  byWhen,
  stageId: slug.nullable(),
  success: text(400),
  priorityId: slug.nullable(),
  livedExperience: lived,
  order: z.number(),
  createdAt: time,
  updatedAt: time,
});

export const planV3Schema = z.object({ unitId: uuid, sessionId: uuid, complete: z.boolean(), updatedAt: time });

/** A deleted record, kept so a merge never brings it back. `kind` is the record kind's entry name. */
export const tombstoneV3Schema = z.object({
  id: z.string().min(1).max(80),
  sessionId: uuid,
  kind: z.enum(['delegates', 'units', 'quizAnswers', 'quizTallies', 'cards', 'themes', 'mapEntries', 'channels', 'actions', 'plans']),
  deletedAt: time,
});

/** A session's place in a roadshow (the same workshop run at several campuses); at most one per session. */
export const roadshowMemberV3Schema = z.object({
  sessionId: uuid,
  roadshowId: uuid,
  roadshowName: required(120),
  templateId: slug,
  joinedAt: time,
  updatedAt: time,
});

/** Upper bounds on every list, far above a real workshop (40 delegates, 200 units), so a hostile file cannot exhaust memory. */
export const V3_LIST_MAX = {
  sessions: 1,
  runStates: 1,
  delegates: 2000,
  units: 1000,
  quizAnswers: 50_000,
  quizTallies: 2000,
  cards: 10_000,
  themes: 2000,
  mapEntries: 20_000,
  channels: 10_000,
  actions: 20_000,
  plans: 1000,
  roadshowMembers: 1,
  tombstones: 100_000,
} as const;

/** Per session, one JSON entry per record kind, each a list: `sessions/<session id>/<name>.json` holds list `<name>`. */
export const recordEntriesV3 = {
  sessions: z.array(sessionV3Schema).min(1).max(V3_LIST_MAX.sessions),
  runStates: z.array(runStateV3Schema).max(V3_LIST_MAX.runStates),
  units: z.array(unitV3Schema).max(V3_LIST_MAX.units),
  delegates: z.array(delegateV3Schema).max(V3_LIST_MAX.delegates),
  quizAnswers: z.array(quizAnswerV3Schema).max(V3_LIST_MAX.quizAnswers),
  quizTallies: z.array(quizTallyV3Schema).max(V3_LIST_MAX.quizTallies),
  themes: z.array(themeV3Schema).max(V3_LIST_MAX.themes),
  cards: z.array(cardV3Schema).max(V3_LIST_MAX.cards),
  mapEntries: z.array(mapEntryV3Schema).max(V3_LIST_MAX.mapEntries),
  channels: z.array(channelV3Schema).max(V3_LIST_MAX.channels),
  actions: z.array(actionV3Schema).max(V3_LIST_MAX.actions),
  plans: z.array(planV3Schema).max(V3_LIST_MAX.plans),
  roadshowMembers: z.array(roadshowMemberV3Schema).max(V3_LIST_MAX.roadshowMembers),
  tombstones: z.array(tombstoneV3Schema).max(V3_LIST_MAX.tombstones),
} as const;
export type RecordEntryNameV3 = keyof typeof recordEntriesV3;
export type RecordsV3 = { [K in RecordEntryNameV3]: z.infer<(typeof recordEntriesV3)[K]> };

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** A zip entry name: relative, forward slashes, no "..", no drive letters, printable ASCII. */
const entryPath = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/)
  .refine((p) => !p.split('/').some((part) => part === '..' || part === '.'), { message: 'unsafe path' });

/** At most this many sessions in one file (a roadshow of many campuses). */
export const V3_MAX_SESSIONS = 100;

export const manifestV3Schema = z.object({
  format: z.literal('co-create-studio-archive'),
  formatVersion: z.literal(3),
  appVersion: z.string().max(40),
  exportedAt: time,
  sessions: z.array(z.object({ id: uuid, title: required(160), updatedAt: time })).min(1).max(V3_MAX_SESSIONS),
  /** The roadshow the file's sessions form, or null for sessions saved on their own. */
  roadshow: z
    .object({ id: uuid, name: required(120), templateId: slug, sessionIds: z.array(uuid).min(1).max(V3_MAX_SESSIONS) })
    .nullable(),
  entries: z
    .array(
      z.discriminatedUnion('role', [
        z.object({ role: z.literal('records'), path: entryPath, sessionId: uuid, kind: z.enum(Object.keys(recordEntriesV3) as [RecordEntryNameV3, ...RecordEntryNameV3[]]), bytes: z.number().int().min(0), sha256 }),
        z.object({ role: z.literal('attachment'), path: entryPath, sessionId: uuid, id: uuid, mediaType: z.string().max(100), bytes: z.number().int().min(0), sha256 }),
      ]),
    )
    .max(10_000),
});
export type ManifestV3 = z.infer<typeof manifestV3Schema>;
