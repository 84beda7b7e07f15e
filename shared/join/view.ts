import { z } from 'zod';
import { recordIdSchema } from '../ids';
import { joinAsSchema, type JoinAs } from './device';
import {
  ownQuizAnswerSchema,
  phaseKindSchema,
  snapshotFormsSchema,
  snapshotQuizSchema,
  tableWorkSchema,
  type ConsoleSnapshot,
  type TableWork,
} from './snapshot';
import { quizAnswerValueSchema } from '../run/schema';

/** What one phone sees: the current phase, its own answers and its own table's work, nothing of anyone else. */
export const deviceViewSchema = z.object({
  sessionTitle: z.string().max(400),
  finished: z.boolean(),
  you: z.object({
    as: joinAsSchema,
    /** "Sam Patel" or "Table 3". */
    name: z.string().max(400),
    /** The unit whose work this phone adds to; null for a delegate not placed at a table yet. */
    unitId: recordIdSchema.nullable(),
    unitName: z.string().max(400).nullable(),
  }),
  phase: z.object({ id: z.string().max(80), kind: phaseKindSchema, title: z.string().max(400), prompt: z.string().max(2000) }),
  quiz: snapshotQuizSchema
    .extend({
      /** This delegate's answer to the current statement in the current round; null when none yet. */
      yourAnswer: quizAnswerValueSchema.nullable(),
      /** False for a table's phone: quiz answers are each delegate's own. */
      canAnswer: z.boolean(),
    })
    .nullable(),
  forms: snapshotFormsSchema,
  /** The device's unit's work; null when it has no unit. */
  table: tableWorkSchema.nullable(),
  yourQuizAnswers: z.array(ownQuizAnswerSchema),
  /** A delegate's phone can ask for its PDF; a table's phone cannot. */
  canDownloadPdf: z.boolean(),
});
export type DeviceView = z.infer<typeof deviceViewSchema>;

const EMPTY_WORK: TableWork = { entries: [], channels: [], actions: [] };

/**
 * The one place that decides what a phone may see of the console's snapshot. Null when the device's
 * delegate or table is no longer in the session (the relay then refuses it as removed).
 */
export function viewForDevice(snapshot: ConsoleSnapshot, as: JoinAs): DeviceView | null {
  let name: string;
  let unitId: string | null;
  let delegateId: string | null = null;
  if (as.kind === 'delegate') {
    const delegate = snapshot.delegates.find((d) => d.id === as.delegateId);
    if (!delegate) return null;
    name = delegate.name;
    unitId = delegate.unitId;
    delegateId = delegate.id;
  } else {
    const unit = snapshot.units.find((u) => u.id === as.unitId);
    if (!unit) return null;
    name = unit.name;
    unitId = unit.id;
  }
  const unit = unitId === null ? undefined : snapshot.units.find((u) => u.id === unitId);
  const answers = delegateId === null ? [] : (snapshot.quizAnswers[delegateId] ?? []);
  const quiz = snapshot.quiz;
  return {
    sessionTitle: snapshot.sessionTitle,
    finished: snapshot.finished,
    you: { as, name, unitId: unit ? unit.id : null, unitName: unit ? unit.name : null },
    phase: snapshot.phase,
    quiz: quiz
      ? {
          ...quiz,
          yourAnswer: answers.find((a) => a.statementId === quiz.statementId && a.round === quiz.round)?.answer ?? null,
          canAnswer: quiz.acceptsAnswers && delegateId !== null && !snapshot.finished,
        }
      : null,
    forms: snapshot.forms,
    table: unit ? (snapshot.tables[unit.id] ?? EMPTY_WORK) : null,
    yourQuizAnswers: answers.map((a) => ({ ...a })),
    canDownloadPdf: delegateId !== null && snapshot.pdfAvailable,
  };
}

/** The names a phone picks from when joining (only after a right code): names and tables, no work, no answers. */
export function rosterFromSnapshot(snapshot: ConsoleSnapshot): Roster {
  return {
    sessionTitle: snapshot.sessionTitle,
    units: snapshot.units.map((u) => ({ id: u.id, name: u.name })),
    delegates: snapshot.delegates.map((d) => ({ id: d.id, name: d.name, unitId: d.unitId })),
  };
}

export const rosterSchema = z.object({
  sessionTitle: z.string().max(400),
  units: z.array(z.object({ id: recordIdSchema, name: z.string().max(400) })),
  delegates: z.array(z.object({ id: recordIdSchema, name: z.string().max(400), unitId: recordIdSchema.nullable() })),
});
export type Roster = z.infer<typeof rosterSchema>;
