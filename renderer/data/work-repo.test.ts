import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import type { Card } from '../../shared/run/schema';
import type { Session, Unit } from '../../shared/session/schema';
import { actionPlanPhaseOf, channelsPhaseOf, mappingPhaseOf } from '../../shared/template/agenda';
import type { MappingPhase } from '../../shared/template/schema';
import { builtInTemplates } from '../../shared/templates';
import { emptyActionInput } from '../../shared/work/action-input';
import { emptyMapEntryInput, entryFromSuggestion, type MapEntryInput } from '../../shared/work/map-entry-input';
import { aggregateRoomMap } from '../../shared/work/room-map';
import { type CoCreateDb } from './db';
import { freshDbEachTest } from './test-support/fresh-db';
import { addDelegates } from './delegates-repo';
import { ConflictError, ValidationError } from './errors';
import { createSession, getSession } from './sessions-repo';
import { setTableCount, setUnitMode, listUnits } from './units-repo';
import {
  addAction,
  addChannel,
  addMapEntry,
  deleteAction,
  deleteChannel,
  deleteMapEntry,
  listActionCandidateCards,
  listActions,
  listChannels,
  listMapEntries,
  listPlans,
  listUnitActions,
  listUnitChannels,
  listUnitMapEntries,
  moveAction,
  moveMapEntry,
  restoreAction,
  restoreChannel,
  restoreMapEntry,
  setPlanComplete,
  updateAction,
  updateChannel,
  updateMapEntry,
} from './work-repo';
import { emptyChannelInput, validateChannelInput } from '../../shared/work/channel-input';

const [unionTemplate, partnershipTemplate] = builtInTemplates;
let db: CoCreateDb;
let session: Session;
let units: Unit[];
let mapping: MappingPhase;

async function setUp(template = unionTemplate!, tables = 3) {
  session = await createSession(db, template, 1000);
  await setUnitMode(db, session.id, 'tables', 1000);
  await setTableCount(db, session.id, tables, 1000);
  units = await listUnits(db, session.id);
  mapping = mappingPhaseOf(session.template)!;
}

/** The first column, first row and the given strength level of the session's own map. */
function entry(fields: Partial<MapEntryInput> & { level?: number } = {}): MapEntryInput {
  const { level = 2, ...rest } = fields;
  return emptyMapEntryInput({
    columnId: mapping.columns[0]!.id,
    rowId: mapping.rows[0]!.id,
    what: 'Governing body',
    strengthId: mapping.strengths.find((s) => s.level === level)!.id,
    ...rest,
  });
}

const TODAY = '2027-01-15';

freshDbEachTest('work', (fresh) => {
  db = fresh;
});

describe('map entries', () => {
  it('round-trips an entry with every field, trimmed, and bumps the session', async () => {
    await setUp();
    const saved = await addMapEntry(
      db,
      session.id,
      units[0]!.id,
      entry({ what: '  SU trustee board ', partner: 'VP Education', frequencyId: mapping.frequencies[1]!.id, livedExperience: 'yes', note: 'Via the chair' }),
      5000,
    );
    expect(saved).toMatchObject({ what: 'SU trustee board', partner: 'VP Education', frequencyId: 'freq-termly', livedExperience: 'yes', note: 'Via the chair', createdAt: 5000 });
    expect(await listUnitMapEntries(db, session.id, units[0]!.id)).toEqual([saved]);
    expect(await listUnitMapEntries(db, session.id, units[1]!.id)).toEqual([]);
    expect((await getSession(db, session.id))?.updatedAt).toBe(5000);
  });

  it('keeps entries in the order they were given, per unit', async () => {
    await setUp();
    const a = await addMapEntry(db, session.id, units[0]!.id, entry({ what: 'A' }));
    const b = await addMapEntry(db, session.id, units[1]!.id, entry({ what: 'B' }));
    const c = await addMapEntry(db, session.id, units[0]!.id, entry({ what: 'C' }));
    expect((await listUnitMapEntries(db, session.id, units[0]!.id)).map((e) => e.what)).toEqual(['A', 'C']);
    expect((await listMapEntries(db, session.id)).map((e) => e.id).sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('rejects invalid values with field messages and saves nothing', async () => {
    await setUp();
    const bad = addMapEntry(db, session.id, units[0]!.id, entry({ what: '   ', strengthId: 'str-amazing', columnId: 'nowhere', note: 'n'.repeat(1001) }), 7000);
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(bad).rejects.toMatchObject({
      fieldErrors: {
        what: 'What it is is required',
        strengthId: 'This strength is not in the template',
        columnId: 'This column is not in the template',
        note: 'Note must be at most 1000 characters',
      },
    });
    expect(await listMapEntries(db, session.id)).toEqual([]);
    expect((await getSession(db, session.id))?.updatedAt).toBe(1000);
  });

  it('uses the template word for the partner in its message', async () => {
    await setUp();
    await expect(addMapEntry(db, session.id, units[0]!.id, entry({ partner: 'p'.repeat(161) }))).rejects.toMatchObject({
      fieldErrors: { partner: 'Union role or group must be at most 160 characters' },
    });
  });

  it('takes an id chosen by the screen, and refuses one that is not a UUID', async () => {
    await setUp();
    const id = newId();
    expect((await addMapEntry(db, session.id, units[0]!.id, entry(), 1, id)).id).toBe(id);
    await expect(addMapEntry(db, session.id, units[0]!.id, entry(), 1, 'not-a-uuid')).rejects.toMatchObject({ fieldErrors: { id: 'must be a UUID' } });
    expect(await listMapEntries(db, session.id)).toHaveLength(1);
  });

  it('refuses an entry for a unit of another session', async () => {
    await setUp();
    const other = await createSession(db, unionTemplate!);
    await expect(addMapEntry(db, other.id, units[0]!.id, entry())).rejects.toBeInstanceOf(ConflictError);
    expect(await listMapEntries(db, other.id)).toEqual([]);
  });

  it('edits an entry; an invalid edit leaves it exactly as it was', async () => {
    await setUp();
    const saved = await addMapEntry(db, session.id, units[0]!.id, entry({ what: 'Senate' }), 2000);
    const edited = await updateMapEntry(db, saved.id, { what: 'Senate or academic board', livedExperience: 'no' }, 3000);
    expect(edited).toMatchObject({ what: 'Senate or academic board', livedExperience: 'no', updatedAt: 3000, createdAt: 2000 });
    await expect(updateMapEntry(db, saved.id, { what: 'Still fine', frequencyId: 'freq-hourly' })).rejects.toMatchObject({
      fieldErrors: { frequencyId: 'This frequency is not in the template' },
    });
    expect(await db.mapEntries.get(saved.id)).toEqual(edited);
  });

  it('moves an entry between cells, to the end of the new cell, and the room map follows', async () => {
    await setUp();
    const target = { columnId: mapping.columns[2]!.id, rowId: mapping.rows[1]!.id };
    const stay = await addMapEntry(db, session.id, units[0]!.id, entry({ what: 'Stays', ...target }));
    const mover = await addMapEntry(db, session.id, units[0]!.id, entry({ what: 'Moves', level: 3 }));
    const moved = await moveMapEntry(db, mover.id, target);
    expect(moved).toMatchObject({ ...target, what: 'Moves' });
    expect(moved.order).toBeGreaterThan(stay.order);
    const room = aggregateRoomMap(mapping, await listMapEntries(db, session.id));
    expect(room.cells[0]![0]!.count).toBe(0);
    expect(room.cells[1]![2]).toMatchObject({ count: 2, isGap: false, entryIds: [stay.id, mover.id] });
    await expect(moveMapEntry(db, mover.id, { columnId: 'nowhere', rowId: target.rowId })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.mapEntries.get(mover.id)).toEqual(moved);
  });

  it('deletes an entry and undoes the delete with the same id and place', async () => {
    await setUp();
    const first = await addMapEntry(db, session.id, units[0]!.id, entry({ what: 'First' }));
    const second = await addMapEntry(db, session.id, units[0]!.id, entry({ what: 'Second' }));
    const removed = await deleteMapEntry(db, first.id);
    expect(removed).toEqual(first);
    expect((await listUnitMapEntries(db, session.id, units[0]!.id)).map((e) => e.id)).toEqual([second.id]);
    await restoreMapEntry(db, removed!);
    expect(await listUnitMapEntries(db, session.id, units[0]!.id)).toEqual([first, second]);
    expect(await deleteMapEntry(db, newId())).toBeNull();
  });

  it('accepts a suggestion from the template', async () => {
    await setUp();
    const input = entryFromSuggestion(mapping, 'sug-trustee-board', { rowId: 'row-success', strengthId: 'str-informed' })!;
    const saved = await addMapEntry(db, session.id, units[2]!.id, input);
    expect(saved).toMatchObject({ what: 'Union trustee board', columnId: 'col-su-governance', suggestionId: 'sug-trustee-board' });
  });

  it("works through the partnership template's own axes", async () => {
    await setUp(partnershipTemplate!, 2);
    const saved = await addMapEntry(db, session.id, units[1]!.id, entry({ columnId: 'col-race-equity', rowId: 'row-school', what: 'Race-equity working group' }));
    expect(saved.columnId).toBe('col-race-equity');
    await expect(addMapEntry(db, session.id, units[1]!.id, entry({ columnId: 'col-inst-governance' }))).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('channels', () => {
  it('round-trips, edits one field at a time, rejects a bad field and undoes a delete', async () => {
    await setUp();
    const phase = channelsPhaseOf(session.template)!;
    const ambassadors = await addChannel(db, session.id, units[0]!.id, emptyChannelInput({ name: 'Student ambassadors', suggestionId: 'ch-student-ambassadors' }));
    const own = await addChannel(db, session.id, units[0]!.id, emptyChannelInput({ name: ' Breakfast club ', reaches: 'Commuter students', livedExperience: 'yes' }));
    expect(own).toMatchObject({ name: 'Breakfast club', reaches: 'Commuter students', livedExperience: 'yes', suggestionId: null });
    expect((await listUnitChannels(db, session.id, units[0]!.id)).map((c) => c.id)).toEqual([ambassadors.id, own.id]);

    const edited = await updateChannel(db, ambassadors.id, { unionSupport: 'Promote through SU newsletter' });
    expect(edited.unionSupport).toBe('Promote through SU newsletter');
    await expect(updateChannel(db, ambassadors.id, { name: '' })).rejects.toMatchObject({ fieldErrors: { name: 'Channel is required' } });
    await expect(updateChannel(db, ambassadors.id, { livedExperience: 'maybe' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.channels.get(ambassadors.id)).toEqual(edited);

    await expect(addChannel(db, session.id, units[1]!.id, emptyChannelInput({ name: 'Surveys', suggestionId: 'ch-not-there' }))).rejects.toMatchObject({
      fieldErrors: { suggestionId: 'This suggestion is not in the template' },
    });
    expect(await listUnitChannels(db, session.id, units[1]!.id)).toEqual([]);

    const removed = await deleteChannel(db, own.id);
    expect((await listChannels(db, session.id)).map((c) => c.id)).toEqual([ambassadors.id]);
    await restoreChannel(db, removed!);
    expect(await db.channels.get(own.id)).toEqual(own);
    expect(validateChannelInput(phase, emptyChannelInput({ name: 'x'.repeat(161) }))).toEqual({ ok: false, errors: { name: 'Channel must be at most 160 characters' } });
  });

  it('refuses channels in a session without a channels activity', async () => {
    await setUp(partnershipTemplate!, 1);
    await expect(addChannel(db, session.id, units[0]!.id, emptyChannelInput({ name: 'Surveys' }))).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('actions and plans', () => {
  const action = (fields: Parameters<typeof emptyActionInput>[0] = {}) => emptyActionInput({ what: 'Invite the SU to the APP group', owner: 'Head of access', ...fields });

  it('round-trips an action with every field and reports a past date as a warning, not an error', async () => {
    await setUp();
    const { action: saved, warnings } = await addAction(
      db,
      session.id,
      units[0]!.id,
      action({
        why: 'Gap at access',
        link: { kind: 'gap', columnId: 'col-inst-governance', rowId: 'row-access' },
        partner: 'VP Education',
        firstStep: 'Email the VP',
        byWhen: '2026-12-01',
        stageId: 'row-access',
        success: 'SU seat on the group',
        priorityId: 'pri-high',
        livedExperience: 'yes',
      }),
      { today: TODAY, now: 4000 },
    );
    expect(warnings).toEqual({ byWhen: 'This date is in the past' });
    expect(await listUnitActions(db, session.id, units[0]!.id)).toEqual([saved]);
    expect(saved).toMatchObject({ owner: 'Head of access', byWhen: '2026-12-01', stageId: 'row-access', priorityId: 'pri-high', createdAt: 4000 });
  });

  it('rejects a missing owner, an over-long action, an unknown stage and a dead link, and saves nothing', async () => {
    await setUp();
    const bad = addAction(db, session.id, units[0]!.id, action({ owner: ' ', what: 'w'.repeat(301), stageId: 'row-nowhere' }), { today: TODAY });
    await expect(bad).rejects.toMatchObject({
      fieldErrors: { owner: 'Owner is required', what: 'Action must be at most 300 characters', stageId: 'Lifecycle stage must be one of the listed options' },
    });
    await expect(addAction(db, session.id, units[0]!.id, action({ link: { kind: 'channel', channelId: newId() } }), { today: TODAY })).rejects.toMatchObject({
      fieldErrors: { link: expect.stringContaining('no longer there') },
    });
    await expect(addAction(db, session.id, units[0]!.id, action({ byWhen: '2027-02-30' }), { today: TODAY })).rejects.toMatchObject({
      fieldErrors: { byWhen: '2027-02-30 is not a real date' },
    });
    expect(await listActions(db, session.id)).toEqual([]);
  });

  it("links to the unit's own channel and to an action-candidate card", async () => {
    await setUp();
    const channel = await addChannel(db, session.id, units[0]!.id, emptyChannelInput({ name: 'Peer mentors' }));
    const card: Card = {
      id: newId(),
      sessionId: session.id,
      phaseId: 'su-discussion-2',
      text: 'Pay student partners',
      delegateId: null,
      unitId: null,
      topicId: null,
      themeId: null,
      votes: 3,
      actionCandidate: true,
      order: 0,
      createdAt: 1,
      updatedAt: 1,
    };
    await db.cards.bulkAdd([card, { ...card, id: newId(), actionCandidate: false, text: 'Not a candidate' }]);
    expect((await listActionCandidateCards(db, session.id)).map((c) => c.text)).toEqual(['Pay student partners']);
    await addAction(db, session.id, units[0]!.id, action({ link: { kind: 'channel', channelId: channel.id } }), { today: TODAY });
    await addAction(db, session.id, units[0]!.id, action({ link: { kind: 'card', cardId: card.id } }), { today: TODAY });
    // Another unit's channel is not this unit's to act on.
    await expect(addAction(db, session.id, units[1]!.id, action({ link: { kind: 'channel', channelId: channel.id } }), { today: TODAY })).rejects.toBeInstanceOf(ValidationError);
    expect(await listUnitActions(db, session.id, units[0]!.id)).toHaveLength(2);
  });

  it('edits an action; an invalid edit keeps the stored action', async () => {
    await setUp();
    const { action: saved } = await addAction(db, session.id, units[0]!.id, action(), { today: TODAY, now: 100 });
    const { action: edited, warnings } = await updateAction(db, saved.id, { firstStep: 'Book a meeting', byWhen: 'Spring term 2027' }, { today: TODAY, now: 200 });
    expect(warnings).toEqual({});
    expect(edited).toMatchObject({ firstStep: 'Book a meeting', byWhen: 'Spring term 2027', updatedAt: 200 });
    await expect(updateAction(db, saved.id, { owner: '' }, { today: TODAY })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.actions.get(saved.id)).toEqual(edited);
  });

  it('reorders a plan, writing only what moved, and undoes a delete in place', async () => {
    await setUp();
    const ids: string[] = [];
    for (const what of ['One', 'Two', 'Three']) ids.push((await addAction(db, session.id, units[0]!.id, action({ what }), { today: TODAY })).action.id);
    const other = (await addAction(db, session.id, units[1]!.id, action({ what: 'Elsewhere' }), { today: TODAY })).action;
    await moveAction(db, ids[2]!, 'up');
    expect((await listUnitActions(db, session.id, units[0]!.id)).map((a) => a.what)).toEqual(['One', 'Three', 'Two']);
    await moveAction(db, ids[0]!, 2);
    expect((await listUnitActions(db, session.id, units[0]!.id)).map((a) => a.what)).toEqual(['Three', 'Two', 'One']);
    await moveAction(db, ids[2]!, 'up');
    expect((await listUnitActions(db, session.id, units[0]!.id)).map((a) => a.what)).toEqual(['Three', 'Two', 'One']);
    expect(await db.actions.get(other.id)).toEqual(other);

    const removed = await deleteAction(db, ids[1]!);
    expect((await listUnitActions(db, session.id, units[0]!.id)).map((a) => a.what)).toEqual(['Three', 'One']);
    await restoreAction(db, removed!);
    expect((await listUnitActions(db, session.id, units[0]!.id)).map((a) => a.what)).toEqual(['Three', 'Two', 'One']);
  });

  it('marks a plan complete and back', async () => {
    await setUp();
    await setPlanComplete(db, session.id, units[1]!.id, true, 10);
    expect(await listPlans(db, session.id)).toEqual([{ unitId: units[1]!.id, sessionId: session.id, complete: true, updatedAt: 10 }]);
    await setPlanComplete(db, session.id, units[1]!.id, false, 20);
    expect(await listPlans(db, session.id)).toEqual([{ unitId: units[1]!.id, sessionId: session.id, complete: false, updatedAt: 20 }]);
    await expect(setPlanComplete(db, session.id, newId(), true)).rejects.toBeInstanceOf(ConflictError);
  });

  it('uses the template labels for stages in a session without channels', async () => {
    await setUp(partnershipTemplate!, 1);
    expect(actionPlanPhaseOf(session.template)?.fieldLabels.stage).toBe('Level (programme, school, university)');
    await expect(addAction(db, session.id, units[0]!.id, action({ stageId: 'row-access' }), { today: TODAY })).rejects.toMatchObject({
      fieldErrors: { stageId: 'Level (programme, school, university) must be one of the listed options' },
    });
    const { action: saved } = await addAction(db, session.id, units[0]!.id, action({ stageId: 'row-school' }), { today: TODAY });
    expect(saved.stageId).toBe('row-school');
  });
});

describe('units with work', () => {
  it('individual delegates each own a map', async () => {
    session = await createSession(db, unionTemplate!);
    mapping = mappingPhaseOf(session.template)!;
    await addDelegates(db, session.id, [
      { name: 'Amina', role: '', institution: '', email: '' },
      { name: 'Ben', role: '', institution: '', email: '' },
    ]);
    units = await listUnits(db, session.id);
    await addMapEntry(db, session.id, units[1]!.id, entry());
    expect((await listUnitMapEntries(db, session.id, units[1]!.id)).length).toBe(1);
    expect((await listUnitMapEntries(db, session.id, units[0]!.id)).length).toBe(0);
  });
});
