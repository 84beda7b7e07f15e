import { describe, expect, it } from 'vitest';
import { projectorPage } from '../../../../shared/run/projector-view';
import { startRun } from '../../../../shared/run/run-state';
import { sessionSchema } from '../../../../shared/session/schema';
import { builtInTemplates } from '../../../../shared/templates';
import { NORTHTOWN_SETUP, T0 } from '../../../../shared/test-support/run-fixtures';
import { recordPageCount, registerCatchUp, turnPage } from './page-turner';

const session = sessionSchema.parse({ ...NORTHTOWN_SETUP, unitMode: 'tables', quizMode: 'tally', quizRepeatAtClose: false, template: builtInTemplates[0]!, status: 'running', createdAt: T0, updatedAt: T0 });
const run = startRun(session, T0);

describe('turnPage', () => {
  it('lets the preview catch up first, so a page turned right after a change counts the pages now shown', () => {
    recordPageCount(session.id, 1); // the view before the change fitted on one page
    const unregister = registerCatchUp(session.id, () => recordPageCount(session.id, 3));
    const turned = turnPage(session.id, 1)(run, session, T0 + 1);
    expect(projectorPage({ run: turned, session })).toBe(1);
    unregister();
  });

  it('without a preview to catch up, keeps to the pages last counted', () => {
    recordPageCount(session.id, 1);
    const step = turnPage(session.id, 1);
    expect(step(run, session, T0 + 1)).toBe(run);
  });

  it('an unregistered catch-up is not called again, and a newer one is not removed by an older unregister', () => {
    let calls = 0;
    const older = registerCatchUp(session.id, () => (calls += 1));
    const newer = registerCatchUp(session.id, () => (calls += 10));
    older();
    turnPage(session.id, 1);
    expect(calls).toBe(10);
    newer();
    turnPage(session.id, 1);
    expect(calls).toBe(10);
  });
});
