import { networkInterfaces as osNetworkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { JoinInterface } from '../../shared/join';

/**
 * The IPv4 addresses this laptop has, for the facilitator to pick one (its hotspot, the travel
 * router's network). Phones join over IPv4; link-local 169.254.x.x means "no network yet", so it
 * is left out. Loopback comes last: only this laptop can reach it.
 */
export function listJoinInterfaces(
  source: () => NodeJS.Dict<NetworkInterfaceInfo[]> = osNetworkInterfaces,
): JoinInterface[] {
  const found: JoinInterface[] = [];
  for (const [name, infos] of Object.entries(source())) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.address.startsWith('169.254.')) continue;
      found.push({ name, address: info.address, internal: info.internal });
    }
  }
  return found.sort((a, b) => Number(a.internal) - Number(b.internal) || a.name.localeCompare(b.name) || a.address.localeCompare(b.address));
}

/** The relay only ever listens on an address the laptop has: never 0.0.0.0 ("all interfaces"). */
export function isOfferedAddress(address: string, interfaces: JoinInterface[]): boolean {
  return interfaces.some((i) => i.address === address);
}
