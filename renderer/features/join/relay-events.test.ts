import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DeviceSummary, RelayAck, RelayEvent, RelayPdfReply, Submission } from '../../../shared/join';
import { mappingPhaseOf } from '../../../shared/template/agenda';
import { builtInTemplates } from '../../../shared/templates';
import { emptyMapEntryInput } from '../../../shared/work/map-entry-input';
import { applyJoinSubmission } from '../../data/join-submissions-repo';
import { startSession } from '../../data/run-repo';
import { createSession } from '../../data/sessions-repo';
import { freshDbEachTest } from '../../data/test-support/fresh-db';
import { listUnits, setTableCount, setUnitMode } from '../../data/units-repo';
import { listMapEntries } from '../../data/work-repo';
import { handleRelayEvent, type RelayEventHandlers } from './relay-events';

// The database type, without importing the database module (components never do; this test follows suit).
let db: Parameters<Parameters<typeof freshDbEachTest>[1]>[0];
freshDbEachTest('relay-events', (fresh) => {
  db = fresh;
});

/** A fake relay: it records what the console sends back. */
function fakePort() {
  const acks: RelayAck[] = [];
  const pdfReplies: RelayPdfReply[] = [];
  return {
    acks,
    pdfReplies,
    ack: (ack: RelayAck) => {
      acks.push(ack);
      return Promise.resolve();
    },
    pdfReply: (reply: RelayPdfReply) => {
      pdfReplies.push(reply);
      return Promise.resolve();
    },
  };
}

async function setUp() {
  const session = await createSession(db, builtInTemplates[0]!, 1000);
  await setUnitMode(db, session.id, 'tables', 1000);
  await setTableCount(db, session.id, 1, 1000);
  await startSession(db, session.id, 2000);
  const [unit] = await listUnits(db, session.id);
  const mapping = mappingPhaseOf(session.template)!;
  const device: DeviceSummary = { deviceId: 'd-abcdefgh12', as: { kind: 'table', unitId: unit!.id }, label: 'Table 1', joinedAt: 1, lastSeenAt: 1, stored: 0, connected: true };
  const submission: Submission = {
    kind: 'map-entry',
    input: emptyMapEntryInput({ columnId: mapping.columns[0]!.id, rowId: mapping.rows[0]!.id, what: 'Trustee board', strengthId: mapping.strengths[1]!.id }),
  };
  return { session, device, submission };
}

function handlers(sessionId: string, serving = true, log: string[] = []): RelayEventHandlers {
  return {
    serving: () => serving,
    applySubmission: (input) => applyJoinSubmission(db, sessionId, input, { today: '2027-01-15' }),
    pdfReply: (delegateId) => Promise.resolve({ kind: 'route', route: `/print/${sessionId}/delegate/${delegateId}?paper=a4`, fileName: 'x.pdf' }),
    onStatus: (status) => log.push(`status ${String(status.running)}`),
    onDevices: (devices) => log.push(`devices ${devices.length}`),
  };
}

describe('handleRelayEvent', () => {
  it('stores a submission once and acks every delivery with the same record', async () => {
    const { session, device, submission } = await setUp();
    const port = fakePort();
    const event: RelayEvent = { type: 'submission', deviceId: device.deviceId, clientId: 'client-0001', submission, device };
    await handleRelayEvent(event, port, handlers(session.id));
    await handleRelayEvent(event, port, handlers(session.id));
    expect(port.acks).toHaveLength(2);
    expect(port.acks[0]).toMatchObject({ deviceId: device.deviceId, clientId: 'client-0001', result: { status: 'stored' } });
    expect(port.acks[1]).toEqual(port.acks[0]);
    expect(await listMapEntries(db, session.id)).toHaveLength(1);
  });

  it('acks a refusal in plain words, and a failure of the laptop too, so the phone is never left waiting', async () => {
    const { session, device, submission } = await setUp();
    const port = fakePort();
    const bad: Submission = { kind: 'map-entry', input: { ...(submission as Extract<Submission, { kind: 'map-entry' }>).input, what: '' } };
    await handleRelayEvent({ type: 'submission', deviceId: device.deviceId, clientId: 'client-0002', submission: bad, device }, port, handlers(session.id));
    const broken = { ...handlers(session.id), applySubmission: () => Promise.reject(new Error('disk full')) };
    await handleRelayEvent({ type: 'submission', deviceId: device.deviceId, clientId: 'client-0003', submission, device }, port, broken);
    expect(port.acks.map((a) => a.result)).toEqual([
      { status: 'rejected', message: expect.stringMatching(/^Map entry not saved/), fields: { what: expect.any(String) } },
      { status: 'rejected', message: 'The laptop could not save this: disk full' },
    ]);
    expect(await listMapEntries(db, session.id)).toEqual([]);
  });

  it('leaves submissions and PDF requests to the console of the session being joined; passes status and devices on', async () => {
    const { session, device, submission } = await setUp();
    const port = fakePort();
    const log: string[] = [];
    const other = handlers(session.id, false, log);
    await handleRelayEvent({ type: 'submission', deviceId: device.deviceId, clientId: 'client-0004', submission, device }, port, other);
    await handleRelayEvent({ type: 'pdf-request', requestId: 'r1', deviceId: device.deviceId, delegateId: 'x' }, port, other);
    await handleRelayEvent({ type: 'devices', devices: [device] }, port, other);
    await handleRelayEvent({ type: 'status', status: { running: false } }, port, other);
    expect(port.acks).toEqual([]);
    expect(port.pdfReplies).toEqual([]);
    expect(log).toEqual(['devices 1', 'status false']);
    expect(await listMapEntries(db, session.id)).toEqual([]);

    await handleRelayEvent({ type: 'pdf-request', requestId: 'r2', deviceId: device.deviceId, delegateId: 'del' }, port, handlers(session.id));
    expect(port.pdfReplies).toEqual([{ requestId: 'r2', reply: { kind: 'route', route: `/print/${session.id}/delegate/del?paper=a4`, fileName: 'x.pdf' } }]);
  });
});
