import { describe, expect, it } from 'vitest';
import type { RelayEvent } from '../../shared/join';
import { JOIN_DELEGATE_A, joinSnapshotFixture } from '../../shared/test-support/join-fixtures';
import { createRelayCore } from './relay-core';

const quiz = { kind: 'quiz-answer', statementId: 'st-1', round: 'before', answer: 'true' } as const;

function joined(limits = {}) {
  const events: RelayEvent[] = [];
  const core = createRelayCore({ emit: (e) => events.push(e), now: () => 5_000, limits });
  core.publish(joinSnapshotFixture());
  const reply = core.join({ code: core.code(), as: { kind: 'delegate', delegateId: JOIN_DELEGATE_A } }, '10.0.0.2');
  if (!reply.ok) throw new Error(reply.body.error.message);
  const submissions = () => events.filter((e): e is Extract<RelayEvent, { type: 'submission' }> => e.type === 'submission');
  return { core, token: reply.body.token, deviceId: reply.body.deviceId, submissions };
}

describe('relay core', () => {
  it('gives a resend that arrives before the ack the same answer, forwarding it once', async () => {
    const { core, token, deviceId, submissions } = joined();
    const first = core.submit(token, { clientId: 'resend-01', submission: quiz });
    const second = core.submit(token, { clientId: 'resend-01', submission: quiz });
    expect(submissions()).toHaveLength(1);
    core.ack({ deviceId, clientId: 'resend-01', result: { status: 'stored' } });
    expect(await first).toEqual({ ok: true, body: { status: 'stored', clientId: 'resend-01' } });
    expect(await second).toEqual({ ok: true, body: { status: 'stored', clientId: 'resend-01' } });
    expect(await core.submit(token, { clientId: 'resend-01', submission: quiz })).toMatchObject({ ok: true, body: { status: 'duplicate' } });
    expect(submissions()).toHaveLength(1);
    expect(core.devices()[0]?.stored).toBe(1);
  });

  it('remembers a late ack, so the retry after a timeout answers duplicate', async () => {
    const { core, token, deviceId, submissions } = joined({ ackTimeoutMs: 0 });
    const timedOut = await core.submit(token, { clientId: 'late-0001', submission: quiz });
    expect(timedOut).toMatchObject({ ok: false, body: { error: { code: 'console-unavailable' } } });
    core.ack({ deviceId, clientId: 'late-0001', result: { status: 'stored' } });
    expect(await core.submit(token, { clientId: 'late-0001', submission: quiz })).toMatchObject({ ok: true, body: { status: 'duplicate' } });
    expect(submissions()).toHaveLength(1);
  });

  it('does not remember a refused submission: the phone may fix it and send it again', async () => {
    const { core, token, deviceId, submissions } = joined();
    const refused = core.submit(token, { clientId: 'fix-00001', submission: quiz });
    core.ack({ deviceId, clientId: 'fix-00001', result: { status: 'rejected', message: 'No.' } });
    expect(await refused).toMatchObject({ ok: false, body: { error: { code: 'rejected', message: 'No.' } } });
    void core.submit(token, { clientId: 'fix-00001', submission: quiz });
    expect(submissions()).toHaveLength(2);
  });

  it('limits wrong codes per network address, so codes cannot be tried one after another; right codes do not count', () => {
    const core = createRelayCore({ emit: () => undefined, now: () => 0, limits: { joinsPerWindow: 2 } });
    core.publish(joinSnapshotFixture());
    const right = () => core.join({ code: core.code(), as: { kind: 'delegate', delegateId: JOIN_DELEGATE_A } }, '10.0.0.9');
    for (let i = 0; i < 5; i += 1) expect(right().ok).toBe(true);
    const wrong = () => core.join({ code: 'AAAAAA', as: { kind: 'delegate', delegateId: JOIN_DELEGATE_A } }, '10.0.0.9');
    expect([wrong(), wrong(), wrong()].map((r) => (r.ok ? 'ok' : r.body.error.code))).toEqual(['wrong-code', 'wrong-code', 'rate-limited']);
    expect(right()).toMatchObject({ ok: false, body: { error: { code: 'rate-limited' } } });
    expect(core.join({ code: core.code(), as: { kind: 'delegate', delegateId: JOIN_DELEGATE_A } }, '10.0.0.10').ok).toBe(true);
  });

  it('refuses joining before the console published the session', () => {
    const core = createRelayCore({ emit: () => undefined });
    expect(core.join({ code: core.code(), as: { kind: 'delegate', delegateId: JOIN_DELEGATE_A } }, 'x')).toMatchObject({
      ok: false,
      body: { error: { code: 'console-unavailable' } },
    });
  });

  it('refuses submissions once the session is finished', async () => {
    const { core, token } = joined();
    core.publish(joinSnapshotFixture({ finished: true }));
    expect(await core.submit(token, { clientId: 'after-001', submission: quiz })).toMatchObject({ ok: false, body: { error: { code: 'not-allowed' } } });
  });

  it('ends a live stream whose token ran out at the next published change', () => {
    let clock = 0;
    const core = createRelayCore({ emit: () => undefined, now: () => clock, limits: { tokenTtlMs: 100 } });
    core.publish(joinSnapshotFixture());
    const joinedReply = core.join({ code: core.code(), as: { kind: 'delegate', delegateId: JOIN_DELEGATE_A } }, 'x');
    if (!joinedReply.ok) throw new Error('join failed');
    const heard: string[] = [];
    const stream = core.connect(joinedReply.body.token, { view: () => void heard.push('view'), ended: (r) => void heard.push(r.error.code) });
    expect(stream.ok).toBe(true);
    core.publish(joinSnapshotFixture());
    clock = 100;
    core.publish(joinSnapshotFixture());
    core.publish(joinSnapshotFixture());
    expect(heard).toEqual(['view', 'token-expired']);
  });

  it('a device whose delegate left the session is refused as removed', () => {
    const { core, token } = joined();
    core.publish(joinSnapshotFixture({ delegates: [] }));
    expect(core.view(token)).toMatchObject({ ok: false, body: { error: { code: 'device-removed' } } });
  });
});
