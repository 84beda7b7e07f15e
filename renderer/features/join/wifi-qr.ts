/**
 * The Wi-Fi joining string phone cameras understand (`WIFI:T:WPA;S:…;P:…;;`, as OpenSlides prints
 * on its access sheets), from what the facilitator types, checked in plain words first.
 */

export type WifiSecurity = 'WPA' | 'WEP' | 'nopass';

export interface WifiDetails {
  ssid: string;
  security: WifiSecurity;
  /** Ignored for an open network. */
  password: string;
  hidden: boolean;
}

export type WifiCheck = { ok: true; payload: string } | { ok: false; errors: Partial<Record<'ssid' | 'password', string>> };

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Backslash, semicolon, comma, colon and double quote are special in the format. */
export function escapeWifiField(text: string): string {
  return text.replace(/([\\;,:"])/g, '\\$1');
}

export function wifiPayload(details: WifiDetails): WifiCheck {
  const errors: Partial<Record<'ssid' | 'password', string>> = {};
  const ssid = details.ssid;
  if (ssid.trim() === '') errors.ssid = 'Type the network name exactly as phones list it.';
  else if (utf8Length(ssid) > 32) errors.ssid = 'A network name is at most 32 characters (fewer with accents or emoji).';
  if (details.security === 'WPA') {
    if (details.password.length < 8 || details.password.length > 63) errors.password = 'A WPA password has 8 to 63 characters.';
  } else if (details.security === 'WEP') {
    if (details.password === '') errors.password = 'Type the network password, or choose "Open network" if it has none.';
  }
  if (errors.ssid || errors.password) return { ok: false, errors };
  const parts = [`T:${details.security}`, `S:${escapeWifiField(ssid)}`];
  if (details.security !== 'nopass') parts.push(`P:${escapeWifiField(details.password)}`);
  if (details.hidden) parts.push('H:true');
  return { ok: true, payload: `WIFI:${parts.join(';')};;` };
}
