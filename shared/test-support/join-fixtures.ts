/**
 * A console snapshot for relay and phone tests: two tables, three delegates (one not placed yet),
 * each table with its own work, each delegate with their own answers. Parsed through the contract
 * schema so a contract change that breaks it fails here. Test support only.
 */
import { consoleSnapshotSchema, type ConsoleSnapshot } from '../join/snapshot';
import { emptyActionInput } from '../work/action-input';
import { emptyChannelInput } from '../work/channel-input';
import { emptyMapEntryInput } from '../work/map-entry-input';
import { SESSION_ID, uuid } from './work-fixtures';

export const JOIN_TABLE_A = uuid(101);
export const JOIN_TABLE_B = uuid(102);
export const JOIN_DELEGATE_A = uuid(201);
export const JOIN_DELEGATE_B = uuid(202);
export const JOIN_DELEGATE_UNPLACED = uuid(203);

export function joinSnapshotFixture(overrides: Partial<ConsoleSnapshot> = {}): ConsoleSnapshot {
  return consoleSnapshotSchema.parse({
    sessionId: SESSION_ID,
    sessionTitle: 'Access and participation workshop',
    finished: false,
    phase: { id: 'quiz-1', kind: 'quiz', title: 'True or false?', prompt: '' },
    quiz: { statementId: 'st-1', round: 'before', text: 'Most students read union emails.', acceptsAnswers: true },
    forms: {
      mapping: {
        columns: [{ id: 'inst-gov', label: 'Official governance' }],
        rows: [{ id: 'access', label: 'Access' }],
        strengths: [
          { id: 'none', level: 0, label: 'None yet' },
          { id: 'strong', level: 3, label: 'Strong' },
        ],
        frequencies: [{ id: 'termly', label: 'Termly' }],
        partnerLabel: 'Union partner',
        suggestions: [{ id: 'board', columnId: 'inst-gov', label: 'Board of governors' }],
      },
      channels: { suggestions: [{ id: 'socials', label: 'Social media' }] },
      actionPlan: null,
    },
    units: [
      { id: JOIN_TABLE_A, name: 'Table 1' },
      { id: JOIN_TABLE_B, name: 'Table 2' },
    ],
    delegates: [
      { id: JOIN_DELEGATE_A, name: 'Sam Patel', unitId: JOIN_TABLE_A },
      { id: JOIN_DELEGATE_B, name: 'Alex Jones', unitId: JOIN_TABLE_B },
      { id: JOIN_DELEGATE_UNPLACED, name: 'Jo Walk-in', unitId: null },
    ],
    tables: {
      [JOIN_TABLE_A]: {
        entries: [{ id: uuid(301), ...emptyMapEntryInput({ columnId: 'inst-gov', rowId: 'access', what: 'Table 1 entry', strengthId: 'strong' }) }],
        channels: [{ id: uuid(302), ...emptyChannelInput({ name: 'Table 1 channel' }) }],
        actions: [{ id: uuid(303), ...emptyActionInput({ what: 'Table 1 action', owner: 'Dean' }) }],
      },
      [JOIN_TABLE_B]: {
        entries: [{ id: uuid(311), ...emptyMapEntryInput({ columnId: 'inst-gov', rowId: 'access', what: 'Table 2 entry', strengthId: 'none' }) }],
        channels: [],
        actions: [],
      },
    },
    quizAnswers: {
      [JOIN_DELEGATE_A]: [{ statementId: 'st-1', round: 'before', answer: 'true' }],
      [JOIN_DELEGATE_B]: [{ statementId: 'st-1', round: 'before', answer: 'false' }],
    },
    pdfAvailable: true,
    ...overrides,
  });
}
