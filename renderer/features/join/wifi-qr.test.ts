import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeWifiField, wifiPayload } from './wifi-qr';

describe('wifiPayload', () => {
  it('builds the string phones read, escaping the special characters', () => {
    const result = wifiPayload({ ssid: 'Room 2;B', security: 'WPA', password: 'pa:ss,"word\\', hidden: false });
    expect(result).toEqual({ ok: true, payload: 'WIFI:T:WPA;S:Room 2\\;B;P:pa\\:ss\\,\\"word\\\\;;' });
  });

  it('leaves the password out of an open network and marks a hidden one', () => {
    expect(wifiPayload({ ssid: 'Hotspot', security: 'nopass', password: 'ignored', hidden: true })).toEqual({ ok: true, payload: 'WIFI:T:nopass;S:Hotspot;H:true;;' });
  });

  it('refuses an empty name, a name over 32 bytes and a WPA password of the wrong length, in plain words', () => {
    const result = wifiPayload({ ssid: 'é'.repeat(17), security: 'WPA', password: 'short', hidden: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.ssid).toMatch(/at most 32 characters/);
    expect(result.errors.password).toMatch(/8 to 63 characters/);
    expect(wifiPayload({ ssid: '  ', security: 'nopass', password: '', hidden: false })).toMatchObject({ ok: false, errors: { ssid: expect.stringMatching(/network name/) } });
  });

  it('escapes so that unescaping gives the text back and no bare separator is left', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeWifiField(text);
        expect(escaped.replace(/\\(.)/g, '$1')).toBe(text);
        expect(escaped.replace(/\\./g, '')).not.toMatch(/[;,:"\\]/);
      }),
    );
  });
});
