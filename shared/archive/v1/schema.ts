// Frozen: archive format version 1 (a single JSON document), as the app wrote it until format 2.
// Never edit this file. It imports nothing but zod (a lint rule enforces this) and holds no
// defaults: fields that later became optional or defaulted are filled in by migrate in ../migrate.ts.
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

export const templateV1Schema = z
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

export const sessionV1Schema = z.object({
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
  template: templateV1Schema,
  status: z.enum(['draft', 'running', 'finished']),
  createdAt: time,
  updatedAt: time,
});

export const delegateV1Schema = z.object({
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
});

export const unitV1Schema = z.object({
  id: uuid,
  sessionId: uuid,
  kind: z.enum(['delegate', 'group', 'table']),
  name: required(120),
  order: z.number().int().nonnegative(),
  createdAt: time,
});

const round = z.enum(['before', 'after']);
export const runStateV1Schema = z.object({
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

export const quizAnswerV1Schema = z.object({
  id: uuid,
  sessionId: uuid,
  statementId: slug,
  delegateId: uuid,
  round,
  answer: z.enum(['true', 'false', 'unsure']),
  answeredAt: time,
});

const count = z.number().int().min(0).max(10000);
export const quizTallyV1Schema = z.object({
  id: uuid,
  sessionId: uuid,
  statementId: slug,
  round,
  trueCount: count,
  falseCount: count,
  unsureCount: count,
  updatedAt: time,
});

export const cardV1Schema = z.object({
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

export const themeV1Schema = z.object({ id: uuid, sessionId: uuid, phaseId: slug, name: required(120), order: z.number(), createdAt: time });

export const mapEntryV1Schema = z.object({
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

export const channelV1Schema = z.object({
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

export const actionV1Schema = z.object({
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

export const planV1Schema = z.object({ unitId: uuid, sessionId: uuid, complete: z.boolean(), updatedAt: time });

/** Upper bounds on every list, far above a real workshop (40 delegates, 200 units), so a hostile file cannot exhaust memory. */
export const V1_LIST_MAX = {
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
} as const;

export const archiveV1Schema = z.object({
  formatVersion: z.literal(1),
  app: z.literal('co-create-studio'),
  exportedAt: time,
  session: sessionV1Schema,
  delegates: z.array(delegateV1Schema).max(V1_LIST_MAX.delegates),
  units: z.array(unitV1Schema).max(V1_LIST_MAX.units),
  runState: runStateV1Schema.nullable(),
  quizAnswers: z.array(quizAnswerV1Schema).max(V1_LIST_MAX.quizAnswers),
  quizTallies: z.array(quizTallyV1Schema).max(V1_LIST_MAX.quizTallies),
  cards: z.array(cardV1Schema).max(V1_LIST_MAX.cards),
  themes: z.array(themeV1Schema).max(V1_LIST_MAX.themes),
  mapEntries: z.array(mapEntryV1Schema).max(V1_LIST_MAX.mapEntries),
  channels: z.array(channelV1Schema).max(V1_LIST_MAX.channels),
  actions: z.array(actionV1Schema).max(V1_LIST_MAX.actions),
  plans: z.array(planV1Schema).max(V1_LIST_MAX.plans),
});
export type ArchiveV1 = z.infer<typeof archiveV1Schema>;
