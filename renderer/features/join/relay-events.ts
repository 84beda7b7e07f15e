import type { AckResult, DeviceSummary, PdfReply, RelayEvent, RelayStatus, Submission } from '../../../shared/join';
import type { JoinRelayPort } from './relay-port';

export interface RelayEventHandlers {
  /** Whether this console serves the session phones joined (only that console stores or answers). */
  serving(): boolean;
  applySubmission(input: { clientId: string; device: DeviceSummary; submission: Submission }): Promise<AckResult>;
  pdfReply(delegateId: string): Promise<PdfReply>;
  onStatus(status: RelayStatus): void;
  onDevices(devices: DeviceSummary[]): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One relay event, answered: a submission is stored (or refused in plain words) and always acked,
 * so the phone hears back and the relay stops holding it; a PDF request always gets a reply.
 */
export async function handleRelayEvent(event: RelayEvent, port: Pick<JoinRelayPort, 'ack' | 'pdfReply'>, on: RelayEventHandlers): Promise<void> {
  if (event.type === 'status') return on.onStatus(event.status);
  if (event.type === 'devices') return on.onDevices(event.devices);
  if (!on.serving()) return;
  if (event.type === 'submission') {
    const result = await on
      .applySubmission({ clientId: event.clientId, device: event.device, submission: event.submission })
      .catch((e: unknown): AckResult => ({ status: 'rejected', message: `The laptop could not save this: ${messageOf(e)}` }));
    await port.ack({ deviceId: event.deviceId, clientId: event.clientId, result });
  } else {
    const reply = await on.pdfReply(event.delegateId).catch((e: unknown): PdfReply => ({ kind: 'error', message: `The laptop could not make the document: ${messageOf(e)}` }));
    await port.pdfReply({ requestId: event.requestId, reply });
  }
}
