import type { Host, JoinRelayHost } from '../../host/host';

/** The console's view of the relay: the Host's own interface (renderer/host/host.ts). */
export type JoinRelayPort = JoinRelayHost;

/** The host's relay, or null where there is none (e.g. the Vite dev server): the panel then says so. */
export function joinRelayOf(host: Host): JoinRelayPort | null {
  return host.joinRelay;
}
