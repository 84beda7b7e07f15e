import { describe, expect, it } from 'vitest';
import { recordKindList } from '../records/registry';
import { readPath } from '../records/paths';
import { idOf, recordsOf, type SessionRecords } from '../records/session-records';
import v1Text from './fixtures/v1/spring-roadshow.cocreate?raw';
import { checkArchiveIntegrity } from './integrity';
import { reidentifyRecords } from './reidentify';

const fixture = (): SessionRecords => JSON.parse(v1Text) as SessionRecords;
const other = '99999999-0000-4000-8000-000000000001';

describe('checkArchiveIntegrity', () => {
  it('finds nothing wrong with a file written by the app', () => {
    expect(checkArchiveIntegrity(fixture())).toEqual([]);
  });

  it.each([
    ['a card whose theme is missing', (r: SessionRecords) => void (r.themes = []), /2 discussion cards refer to a theme that is not in the file/],
    ['a map entry of a missing unit', (r: SessionRecords) => void (r.mapEntries[0]!.unitId = other), /1 map entry refers to a unit/],
    ['a quiz answer for a statement not in the agenda', (r: SessionRecords) => void (r.quizAnswers[0]!.statementId = 'no-such-statement'), /1 quiz answer refers to a quiz statement that is not in the session's agenda/],
    ['a tally for a statement not in the agenda', (r: SessionRecords) => void (r.quizTallies[0]!.statementId = 'gone'), /1 quiz tally refers to a quiz statement/],
    ['an action stage not in the template', (r: SessionRecords) => void (r.actions[0]!.stageId = 'row-none'), /1 action refers to a stage/],
    ['an action priority not in the template', (r: SessionRecords) => void (r.actions[0]!.priorityId = 'pri-none'), /1 action refers to a priority/],
    ['a map strength not in the template', (r: SessionRecords) => void (r.mapEntries[0]!.strengthId = 'str-bogus'), /1 map entry refers to a strength/],
    ['a run-state phase not in the agenda', (r: SessionRecords) => void (r.runState!.completedPhaseIds = ['nope']), /1 run state refers to an agenda phase/],
    ['a card in a phase that is not a discussion', (r: SessionRecords) => void (r.cards[0]!.phaseId = 'su-quiz'), /1 discussion card refers to a discussion phase/],
    ['a gap link to a missing column', (r: SessionRecords) => void (r.actions[0]!.link = { kind: 'gap', columnId: 'col-none', rowId: 'row-access' }), /1 action refers to a map column/],
    ['a card link to a missing card', (r: SessionRecords) => void (r.actions[3]!.link = { kind: 'card', cardId: other }), /1 action refers to a discussion card/],
    [
      "a channel link to another unit's channel",
      (r: SessionRecords) => void (r.actions[2]!.link = { kind: 'channel', channelId: r.channels[0]!.id }),
      /1 action refers to a channel of the action's own unit/,
    ],
    ['a duplicate delegate id', (r: SessionRecords) => void r.delegates.push({ ...r.delegates[0]!, name: 'Copy' }), /1 delegate appears twice/],
    ['records of another session', (r: SessionRecords) => void (r.units[0]!.sessionId = other), /1 unit belongs to another session/],
  ])('reports %s', (_name, damage, message) => {
    const records = fixture();
    damage(records);
    expect(checkArchiveIntegrity(records).join('\n')).toMatch(message);
  });
});

describe('reidentifyRecords', () => {
  it('gives every record a new id and keeps every reference intact', () => {
    const before = fixture();
    const after = reidentifyRecords(before);
    expect(checkArchiveIntegrity(after)).toEqual([]);
    const oldIds = new Set(recordKindList.flatMap((k) => recordsOf(before, k).map((r) => idOf(k, r))));
    for (const kind of recordKindList) {
      const list = recordsOf(after, kind);
      expect(list).toHaveLength(recordsOf(before, kind).length);
      for (const record of list) expect(oldIds.has(idOf(kind, record))).toBe(false);
      // Template content ids never change.
      for (const ref of kind.references.filter((r) => 'content' in r.to)) {
        expect(list.flatMap((r) => readPath(r, ref.path))).toEqual(recordsOf(before, kind).flatMap((r) => readPath(r, ref.path)));
      }
    }
    expect(after.actions[1]!.link).toEqual({ kind: 'channel', channelId: after.channels[0]!.id });
    expect(after.plans[0]!.unitId).toBe(after.units[0]!.id);
    expect(after.runState!.sessionId).toBe(after.session.id);
  });
});
