import { recordKindList, recordKinds } from '../records/registry';
import type { SessionRecords } from '../records/session-records';
import type { ArchiveV1 } from './v1/schema';
import type { RecordsV2 } from './v2/schema';
import type { RecordsV3 } from './v3/schema';

/*
 * The migrate() chain: each frozen format moves one step forward, and the newest becomes the app's
 * records. Defaults live here, never in the frozen schemas: a field a format left optional gets its
 * value in these functions.
 */

/** v1 → v2: one list per kind; delegates, units and themes take their creation time as last change; no deletions known. */
export function migrateV1(archive: ArchiveV1): RecordsV2 {
  return {
    sessions: [archive.session],
    runStates: archive.runState ? [archive.runState] : [],
    units: archive.units.map((u) => ({ ...u, updatedAt: u.createdAt })),
    delegates: archive.delegates.map((d) => ({ ...d, updatedAt: d.createdAt })),
    quizAnswers: archive.quizAnswers,
    quizTallies: archive.quizTallies,
    themes: archive.themes.map((t) => ({ ...t, updatedAt: t.createdAt })),
    cards: archive.cards,
    mapEntries: archive.mapEntries,
    channels: archive.channels,
    actions: archive.actions,
    plans: archive.plans,
    tombstones: [],
  };
}

type TemplateV3 = RecordsV3['sessions'][number]['template'];

/** The template fields formats 1 to 3 leave optional, with the values the app assumes. */
function withTemplateDefaults(template: TemplateV3) {
  return {
    ...template,
    readingList: (template.readingList ?? []).map((r) => ({ ...r, note: r.note ?? '' })),
    phases: template.phases.map((phase) => {
      switch (phase.kind) {
        case 'intro':
        case 'close':
          return { ...phase, points: phase.points ?? [] };
        case 'discussion':
          return { ...phase, topics: (phase.topics ?? []).map((t) => ({ ...t, prompt: t.prompt ?? '' })), showCaseStudy: phase.showCaseStudy ?? false };
        default:
          return phase;
      }
    }),
  };
}

/** v2 → v3: the same records per session; format 2 holds no roadshow memberships. */
export function migrateV2(records: RecordsV2): RecordsV3 {
  return { ...records, roadshowMembers: [] };
}

/**
 * v3 → the app's records. Each record then passes the app's own schema, so a file this app cannot
 * hold is refused here rather than written; `null` then.
 */
export function migrateV3(records: RecordsV3): SessionRecords | null {
  const session = records.sessions[0];
  if (!session) return null;
  const parsed = {
    session: recordKinds.sessions.schema.safeParse({ ...session, template: withTemplateDefaults(session.template) }),
    runState: records.runStates[0] ? recordKinds.runStates.schema.safeParse(records.runStates[0]) : { success: true as const, data: null },
  };
  if (!parsed.session.success || !parsed.runState.success) return null;
  const out: Record<string, unknown> = { session: parsed.session.data, runState: parsed.runState.data };
  for (const name of ['units', 'delegates', 'quizAnswers', 'quizTallies', 'themes', 'cards', 'mapEntries', 'channels', 'actions', 'plans', 'roadshowMembers', 'tombstones'] as const) {
    const list = (recordKinds[name].schema as { array(): { safeParse(v: unknown): { success: boolean; data?: unknown } } }).array().safeParse(records[name]);
    if (!list.success) return null;
    out[name] = list.data;
  }
  // Kinds added after format 3 are not in the file: none.
  for (const kind of recordKindList) if (kind.cardinality === 'many' && !(kind.table in out)) out[kind.table] = [];
  return out as SessionRecords;
}
