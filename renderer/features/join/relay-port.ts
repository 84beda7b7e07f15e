import type { ConsoleSnapshot, JoinInterface, RelayAck, RelayEvent, RelayPdfReply, RelayStart, RelayStatus } from '../../../shared/join';
import type { Host } from '../../host/host';

/**
 * What the console needs from the relay, through the Host bridge (Electron IPC, or the web-mode
 * server's console channel): the commands of shared/join/console-channel.ts and its events.
 */
export interface JoinRelayPort {
  listInterfaces(): Promise<JoinInterface[]>;
  status(): Promise<RelayStatus>;
  start(options: RelayStart): Promise<RelayStatus>;
  stop(): Promise<RelayStatus>;
  rotateCode(): Promise<RelayStatus>;
  publish(snapshot: ConsoleSnapshot): Promise<void>;
  ack(ack: RelayAck): Promise<void>;
  removeDevice(deviceId: string): Promise<void>;
  pdfReply(reply: RelayPdfReply): Promise<void>;
  /** Relay events (submissions, devices, PDF requests, status); returns the unsubscribe. */
  onEvent(listener: (event: RelayEvent) => void): () => void;
}

/** The host's relay, or null where there is none (e.g. the Vite dev server): the panel then says so. */
export function joinRelayOf(host: Host): JoinRelayPort | null {
  return (host as Host & { joinRelay?: JoinRelayPort | null }).joinRelay ?? null;
}
