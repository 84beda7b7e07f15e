import { useId, useMemo, useState } from 'react';
import type { DeviceSummary } from '../../../shared/join';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useJoinReceipts } from '../../data/join-hooks';
import type { JoinReceipt } from '../../data/join-submissions-repo';
import { formatTimeOfDay } from '../run/use-now';
import { useJoinBridge } from './JoinBridge';

const KIND_WORDS: Record<JoinReceipt['kind'], string> = { 'quiz-answer': 'Quiz answer', 'map-entry': 'Map entry', channel: 'Channel', action: 'Action' };

/**
 * The phones that joined, on the console only (names are never projected): who each joined as,
 * whether it is connected, what it sent, and a way to remove it (its token stops working at once).
 */
export function JoinedDevices({ sessionId }: { sessionId: string }) {
  const id = useId();
  const bridge = useJoinBridge();
  const receipts = useJoinReceipts(sessionId);
  const [removing, setRemoving] = useState<DeviceSummary | null>(null);
  const byDevice = useMemo(() => {
    const map = new Map<string, JoinReceipt[]>();
    for (const r of receipts ?? []) map.set(r.deviceId, [...(map.get(r.deviceId) ?? []), r]);
    return map;
  }, [receipts]);
  const devices = bridge.devices;

  return (
    <section className="join-devices" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        Joined phones <span className="count">({devices.length})</span>
      </h3>
      {devices.length === 0 ? (
        <p className="small">No phone has joined yet.</p>
      ) : (
        <ul className="join-device-list">
          {devices.map((device) => {
            const sent = byDevice.get(device.deviceId) ?? [];
            return (
              <li key={device.deviceId} className="join-device" data-testid="join-device">
                <div className="join-device-head">
                  <span>
                    <strong>{device.label}</strong> <span className="small">({device.as.kind === 'delegate' ? 'by name' : 'for the table'})</span>
                  </span>
                  <button type="button" className="danger" onClick={() => setRemoving(device)} aria-label={`Remove ${device.label}’s phone`}>
                    Remove
                  </button>
                </div>
                <p className="small">
                  {device.connected ? 'Connected' : `Last seen ${formatTimeOfDay(device.lastSeenAt)}`} · joined {formatTimeOfDay(device.joinedAt)} · {sent.length} sent
                </p>
                {sent.length > 0 ? (
                  <details>
                    <summary>What this phone sent</summary>
                    <ul className="join-sent">
                      {sent.map((r) => (
                        <li key={r.clientId}>
                          {formatTimeOfDay(r.at)} · {KIND_WORDS[r.kind]}: {r.summary}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this phone?"
        message={`${removing?.label ?? 'This'}’s phone can no longer send anything or see this session. What it already sent stays. It can join again with the code unless you make a new code.`}
        confirmLabel="Remove phone"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const device = removing;
          setRemoving(null);
          if (device) void bridge.removeDevice(device.deviceId);
        }}
      />
    </section>
  );
}
