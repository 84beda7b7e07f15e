import type { Migration } from './migration';

/** The first released database: one table per record kind, keyed by UUID, indexed by session. */
export const migration001: Migration = {
  version: 1,
  stores: {
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
  },
};
