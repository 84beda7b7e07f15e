import { z } from 'zod';
import type { AckResult, DeviceSummary, Submission } from '../../shared/join';
import { quizPhaseOf } from '../../shared/template/agenda';
import { ANSWER_WORDS } from '../../shared/vocabulary';
import type { CoCreateDb } from './db';
import { ConflictError, ValidationError } from './errors';
import { recordQuizAnswer } from './run-repo';
import { addAction, addChannel, addMapEntry } from './work-repo';

/*
 * Phones' submissions, stored by the console as if typed on its keyboard: the same repository
 * functions (so the same validators and the same transactions), inside one outer transaction that
 * also writes a receipt keyed by the phone's client id. A resend of the same submission (a phone
 * that lost its answer when it locked, or a relay that restarted) finds the receipt and stores
 * nothing new. Receipts live in this computer's meta table: they say which phone sent what, for
 * the console only, and never travel in an archive.
 */

const RECEIPT_PREFIX = 'join.receipt.';
const receiptKey = (sessionId: string, clientId: string) => `${RECEIPT_PREFIX}${sessionId}.${clientId}`;

export const joinReceiptSchema = z.object({
  clientId: z.string(),
  deviceId: z.string(),
  /** The delegate's or table's name the phone joined as (console only). */
  deviceLabel: z.string(),
  /** The delegate the phone joined as; null for a table's phone. */
  delegateId: z.string().nullable().default(null),
  kind: z.enum(['quiz-answer', 'map-entry', 'channel', 'action']),
  recordId: z.string(),
  /** A few words of what was stored, for the console's list. */
  summary: z.string(),
  at: z.number(),
});
export type JoinReceipt = z.infer<typeof joinReceiptSchema>;

export interface SubmissionContext {
  /** The facilitator's local date (YYYY-MM-DD), for the action plan's "by when" check. */
  today: string;
  now?: number;
}

const KIND_WORDS: Record<Submission['kind'], string> = { 'quiz-answer': 'Quiz answer', 'map-entry': 'Map entry', channel: 'Channel', action: 'Action' };

/**
 * Stores one phone submission for `sessionId`, or says in plain words why not. Idempotent by
 * client id: the second time, nothing is written and the first record's id comes back.
 */
export async function applyJoinSubmission(
  db: CoCreateDb,
  sessionId: string,
  input: { clientId: string; device: DeviceSummary; submission: Submission },
  context: SubmissionContext,
): Promise<AckResult> {
  const now = context.now ?? Date.now();
  const { clientId, device, submission } = input;
  const tables = [db.meta, db.sessions, db.units, db.delegates, db.quizAnswers, db.mapEntries, db.channels, db.actions, db.cards];
  try {
    return await db.transaction('rw', tables, async () => {
      const seen = joinReceiptSchema.safeParse((await db.meta.get(receiptKey(sessionId, clientId)))?.value);
      if (seen.success) return { status: 'stored', recordId: seen.data.recordId } satisfies AckResult;

      const session = await db.sessions.get(sessionId);
      if (!session) throw new ConflictError('This session is no longer on the laptop.');
      if (session.status !== 'running') throw new ConflictError('The session has finished: nothing more can be sent.');

      let recordId: string;
      let summary: string;
      if (submission.kind === 'quiz-answer') {
        if (device.as.kind !== 'delegate') throw new ConflictError('Quiz answers come from a phone joined by name, not by table.');
        if (session.quizMode !== 'per-delegate') throw new ConflictError('This quiz is counted by a show of hands in the room.');
        const answer = await recordQuizAnswer(
          db,
          { sessionId, statementId: submission.statementId, delegateId: device.as.delegateId, round: submission.round, answer: submission.answer },
          now,
        );
        const statements = quizPhaseOf(session.template)?.statements ?? [];
        const number = statements.findIndex((s) => s.id === submission.statementId) + 1;
        recordId = answer.id;
        summary = `Statement ${number}${submission.round === 'after' ? ' (again at the close)' : ''}: ${ANSWER_WORDS[submission.answer]}`;
      } else {
        const unitId = await unitOfDevice(db, sessionId, device);
        if (submission.kind === 'map-entry') {
          const entry = await addMapEntry(db, sessionId, unitId, submission.input, now);
          recordId = entry.id;
          summary = entry.what;
        } else if (submission.kind === 'channel') {
          const channel = await addChannel(db, sessionId, unitId, submission.input, now);
          recordId = channel.id;
          summary = channel.name;
        } else {
          const { action } = await addAction(db, sessionId, unitId, submission.input, { today: context.today, now });
          recordId = action.id;
          summary = action.what;
        }
      }
      const receipt: JoinReceipt = {
        clientId,
        deviceId: device.deviceId,
        deviceLabel: device.label,
        delegateId: device.as.kind === 'delegate' ? device.as.delegateId : null,
        kind: submission.kind,
        recordId,
        summary,
        at: now,
      };
      await db.meta.put({ key: receiptKey(sessionId, clientId), value: receipt });
      return { status: 'stored', recordId } satisfies AckResult;
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      return { status: 'rejected', message: `${KIND_WORDS[submission.kind]} not saved: ${Object.values(error.fieldErrors).join('. ')}.`, fields: error.fieldErrors };
    }
    if (error instanceof ConflictError) return { status: 'rejected', message: error.message };
    throw error;
  }
}

/** The unit a phone writes for: its table, or its delegate's table (never another one). */
async function unitOfDevice(db: CoCreateDb, sessionId: string, device: DeviceSummary): Promise<string> {
  if (device.as.kind === 'table') return device.as.unitId;
  const delegate = await db.delegates.get(device.as.delegateId);
  if (!delegate || delegate.sessionId !== sessionId) throw new ConflictError('This name is no longer in the session. Ask the facilitator.');
  if (delegate.unitId === null) throw new ConflictError('You are not at a table yet. Ask the facilitator to place you, then send again.');
  return delegate.unitId;
}

/** What each phone sent in this session, newest first (the console's "which device sent what"). */
export async function listJoinReceipts(db: CoCreateDb, sessionId: string): Promise<JoinReceipt[]> {
  const rows = await db.meta.where('key').startsWith(`${RECEIPT_PREFIX}${sessionId}.`).toArray();
  const receipts = rows.flatMap((row) => {
    const parsed = joinReceiptSchema.safeParse(row.value);
    return parsed.success ? [parsed.data] : [];
  });
  return receipts.sort((a, b) => b.at - a.at);
}

/**
 * Erasing a delegate also forgets the receipts of their phone and any receipt naming them (a
 * table's phone labelled or summarised with the name), so "Erase a delegate" leaves no trace here
 * either. Runs inside the caller's transaction when there is one (it needs the meta table).
 */
export async function forgetDelegateInJoinReceipts(db: CoCreateDb, sessionId: string, delegate: { id: string; name: string }): Promise<number> {
  const name = delegate.name.trim().toLowerCase();
  const rows = await db.meta.where('key').startsWith(`${RECEIPT_PREFIX}${sessionId}.`).toArray();
  const doomed = rows.filter((row) => {
    const parsed = joinReceiptSchema.safeParse(row.value);
    if (!parsed.success) return false;
    const r = parsed.data;
    return r.delegateId === delegate.id || (name !== '' && `${r.deviceLabel}\n${r.summary}`.toLowerCase().includes(name));
  });
  await db.meta.bulkDelete(doomed.map((row) => row.key));
  return doomed.length;
}
